package org.planlineage.indicator;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;
import org.planlineage.document.Document;
import org.planlineage.graph.GraphReads;
import org.planlineage.graph.KeyPair;
import org.planlineage.graph.NodeSource;
import org.planlineage.graph.NodeType;
import org.planlineage.graphql.Paging;
import org.planlineage.text.Folding;
import org.springframework.stereotype.Repository;

/** Cypher for indicators. */
@Repository
public class IndicatorQueries implements NodeSource<Indicator> {

    private final GraphReads reads;

    IndicatorQueries(GraphReads reads) {
        this.reads = reads;
    }

    @Override
    public NodeType nodeType() {
        return NodeType.INDICATOR;
    }

    @Override
    public String projection() {
        return "WITH n AS i RETURN " + Indicator.PROJECTION + " AS node";
    }

    @Override
    public Indicator read(Value node) {
        return Indicator.from(node);
    }

    @Override
    public Map<String, Indicator> byKeys(Collection<String> keys) {
        var result = new LinkedHashMap<String, Indicator>();
        if (keys.isEmpty()) {
            return result;
        }
        reads.query("MATCH (i:Indicator) WHERE i.key IN $keys RETURN " + Indicator.PROJECTION + " AS i ORDER BY i.key")
                .bind("keys", List.copyOf(keys))
                .list(r -> Indicator.from(r.get("i")))
                .forEach(i -> result.put(i.key(), i));
        return result;
    }

    /** One page of indicators ordered by key; {@code search} matches the folded name. */
    public Page page(String search, Pillar pillar, Paging paging) {
        String match = """
                MATCH (i:Indicator)
                WHERE ($pillar IS NULL OR i.pillar = $pillar)
                  AND ($search IS NULL OR toLower(i.name) CONTAINS $raw OR i.searchText CONTAINS $search
                       OR exists { (i)<-[:SETS]-(p:PlanItem) WHERE p.searchText CONTAINS $search })
                """;
        long total = filtered(match + " RETURN count(i) AS n", search, pillar)
                .one(r -> r.get("n").asLong())
                .orElse(0L);
        var indicators = filtered(
                        match + " RETURN " + Indicator.PROJECTION + " AS i ORDER BY i.key SKIP $skip LIMIT $limit",
                        search,
                        pillar)
                .bind("skip", paging.offset())
                .bind("limit", paging.limit())
                .list(r -> Indicator.from(r.get("i")))
                .stream()
                .toList();
        return new Page(indicators, (int) total);
    }

    public record Page(List<Indicator> indicators, int totalCount) {}

    /** The statement with the filter's parameters bound; an absent one binds null, which matches everything. */
    private GraphReads.Statement filtered(String cypher, String search, Pillar pillar) {
        return reads.query(cypher)
                .bind("pillar", pillar == null ? null : pillar.name())
                .bind("search", search == null ? null : Folding.fold(search))
                .bind("raw", search == null ? null : search.toLowerCase());
    }

    /**
     * An indicator and every row that sets it, each with its document and its targets in year order; {@code
     * withinFound} is false when the unit the rows were restricted to does not exist. {@code unitsOf} is null for
     * the whole comparison; within an area, it holds for each document's key its issuer and the units above the
     * issuer in the area (a commune's plan: the commune, its district, its province).
     */
    public record Compared(
            Indicator indicator, List<Row> rows, boolean withinFound, Map<String, List<String>> unitsOf) {

        Compared(Indicator indicator, List<Row> rows) {
            this(indicator, rows, true, null);
        }

        /** One row that sets the indicator. */
        public record Row(PlanItem item, Document document, List<Target> targets) {}
    }

    /**
     * A compared row with its document and targets, rows ordered by their document's date then key. A row or document
     * the request selects only by key ({@link ComparisonSelection}) is read as its key and what the entries' order and
     * the pairs need: the row's position, the document's level and issuer.
     */
    private static String row(ComparisonSelection selection) {
        return """
                ORDER BY d.issuedOn IS NULL, d.issuedOn, p.key
                RETURN {item: %s, document: %s,
                        targets: COLLECT { MATCH (p)-[:HAS_TARGET]->(t:Target) RETURN %s ORDER BY t.year }}""".formatted(
                        selection.items() ? PlanItem.PROJECTION : "p {.key, .position, documentKey: d.key}",
                        selection.documents()
                                ? Document.PROJECTION
                                : "d {.key, .level, issuerKey: [(d)-[:ISSUED_BY]->(issuerUnit:Agency) | issuerUnit.key][0]}",
                        selection.breakdowns() ? Target.PROJECTION : Target.PROJECTION_WITHOUT_BREAKDOWNS);
    }

    /**
     * What {@code compare} needs, in one statement: the indicator, the rows that set it ordered by their document's
     * date then key, each row's document and targets. Empty when there is no such indicator.
     */
    public Optional<Compared> compared(String key, ComparisonSelection selection) {
        return reads.query("""
                        MATCH (i:Indicator {key: $key})
                        RETURN %s AS indicator,
                          COLLECT {
                            MATCH (i)<-[:SETS]-(p:PlanItem)-[:SET_IN]->(d:Document)
                            WITH p, d
                            %s
                          } AS rows
                        """.formatted(Indicator.PROJECTION, row(selection)))
                .bind("key", key)
                .one(r -> new Compared(
                        Indicator.from(r.get("indicator")), r.get("rows").asList(row -> row(row, selection))));
    }

    /**
     * As {@link #compared(String, ComparisonSelection)}, only the rows of plans issued by the unit {@code within} or by a unit under it.
     * The walk starts from the unit, not from the indicator: at national scale an indicator is set by a row of every
     * plan of the country (hundreds of thousands), a province's subtree holds a few hundred plans.
     */
    public Optional<Compared> compared(String key, String within, ComparisonSelection selection) {
        return reads.query("""
                        MATCH (i:Indicator {key: $key})
                        // unique lookups (constraints indicator_key, agency_key); the unit may be absent
                        OPTIONAL MATCH (w:Agency {key: $within})
                        // the area's documents, once: a province's committee, its districts' (1 hop), their
                        // communes' (2), offices under any of them; bounded at 3. Each with the units from its
                        // issuer up to the area's (which rows it is compared with: ComparisonService)
                        WITH i, w, COLLECT { MATCH up = (w)<-[:PART_OF*0..3]-(:Agency)<-[:ISSUED_BY]-(d:Document)
                                             RETURN DISTINCT {d: d, units: [u IN nodes(up) WHERE u:Agency | u.key]}
                                           } AS area
                        WITH i, w, area, [x IN area | x.d] AS plans
                        RETURN %s AS indicator, w IS NOT NULL AS withinFound,
                          [x IN area | [x.d.key, x.units]] AS unitsOf,
                          COLLECT {
                            // the area's rows that set the indicator: one seek per document in the index
                            // sets_indicator_document (SETS carries its indicator's and its row's document's keys),
                            // so the work grows with the area, not with the indicator's rows in the whole country
                            // (43,224 at scale 1; expanding them all was 139 ms at p95: docs/benchmarks.md)
                            UNWIND plans AS d
                            WITH DISTINCT d
                            MATCH (p:PlanItem)-[s:SETS]->(i)
                            USING INDEX s:SETS(indicator, document)
                            WHERE s.indicator = $key AND s.document = d.key
                            WITH DISTINCT p, d
                            %s
                          } AS rows
                        """.formatted(Indicator.PROJECTION, row(selection)))
                .bind("key", key)
                .bind("within", within)
                .one(r -> new Compared(
                        Indicator.from(r.get("indicator")),
                        r.get("rows").asList(row -> row(row, selection)),
                        r.get("withinFound").asBoolean(),
                        unitsOf(r.get("unitsOf"))));
    }

    /** Document key to the units from its issuer up to the area's unit (several ways up: every unit on any). */
    private static Map<String, List<String>> unitsOf(Value pairs) {
        var result = new LinkedHashMap<String, List<String>>();
        for (Value pair : pairs.values()) {
            var units = result.computeIfAbsent(pair.get(0).asString(), k -> new java.util.ArrayList<>());
            units.addAll(pair.get(1).asList(Value::asString));
        }
        return result;
    }

    private static Compared.Row row(Value row, ComparisonSelection selection) {
        Value p = row.get("item");
        PlanItem item = selection.items()
                ? PlanItem.from(p)
                : PlanItem.keyed(
                        p.get("key").asString(),
                        p.get("documentKey").asString(),
                        p.get("position").asInt());
        return new Compared.Row(
                item, Document.from(row.get("document")), row.get("targets").asList(t -> Target.from(item.key(), t)));
    }

    /** Item keys per indicator key, ordered by the date of the item's document, then item key. */
    public Map<String, List<String>> itemKeys(Collection<String> indicatorKeys) {
        var result = PlanItemQueries.emptyLists(indicatorKeys, String.class);
        reads.query("""
                        MATCH (i:Indicator)<-[:SETS]-(p:PlanItem)-[:SET_IN]->(d:Document)
                        WHERE i.key IN $keys
                        RETURN i.key AS indicator, p.key AS item
                        ORDER BY indicator, d.issuedOn IS NULL, d.issuedOn, p.key
                        """)
                .bind("keys", List.copyOf(indicatorKeys))
                .list(r ->
                        new KeyPair(r.get("indicator").asString(), r.get("item").asString()))
                .forEach(pair -> result.get(pair.owner()).add(pair.other()));
        return result;
    }
}
