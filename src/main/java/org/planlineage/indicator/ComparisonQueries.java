package org.planlineage.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Value;
import org.planlineage.agency.AdminLevel;
import org.planlineage.document.Document;
import org.planlineage.graph.Decoding;
import org.planlineage.graph.GraphReads;
import org.springframework.stereotype.Repository;

/** Cypher for {@code compare}: an indicator's rows with their documents and targets, in the country or an area. */
@Repository
public class ComparisonQueries {

    private final GraphReads reads;

    ComparisonQueries(GraphReads reads) {
        this.reads = reads;
    }

    /**
     * An indicator and every row that sets it for a year (a row without targets has no entry), each with its
     * document and its targets in year order; {@code
     * withinFound} is false when the unit the rows were restricted to does not exist. {@code unitsAbove} is null for
     * the whole comparison; within an area, it holds for each unit of the area the units from it up to the area's
     * unit (a commune: the commune, its district, its province).
     */
    public record Compared(
            Indicator indicator, List<Row> rows, boolean withinFound, Map<String, Set<String>> unitsAbove) {

        Compared(Indicator indicator, List<Row> rows) {
            this(indicator, rows, true, null);
        }

        /**
         * One row that sets the indicator, with the keys of the units that issued its document (the first is the
         * document's issuer).
         */
        public record Row(PlanItem item, Document document, List<Target> targets, List<String> issuers) {}

        /**
         * The units from any issuer of the row's document up to the area's unit (which rows it is compared with:
         * {@link ComparisonService}); null for the whole comparison.
         */
        Set<String> unitsAbove(Row row) {
            if (unitsAbove == null) {
                return null;
            }
            var units = new LinkedHashSet<String>();
            for (String issuer : row.issuers()) {
                units.addAll(unitsAbove.getOrDefault(issuer, Set.of()));
            }
            return units;
        }
    }

    /**
     * The compared rows' targets, one list per target, ordered by their row's document's date, the row's key, then
     * the year: the row, its document, the target ({@link TargetLists}: values, not a map) and the keys of the
     * document's issuers. Flat, as the hand-written statement: no subquery per row (a row without targets has no entry
     * to compare). A row or document the request selects only by key ({@link ComparisonSelection}) is read as a list
     * of its key and what the entries' order and the pairs need: the row's position, the document's level.
     */
    private static String row(ComparisonSelection selection) {
        return """
                WITH p, d, %s AS item, %s AS document, [(d)-[:ISSUED_BY]->(issuer:Agency) | issuer.key] AS issuers
                MATCH (p)-[:HAS_TARGET]->(t:Target)
                WITH p, d, item, document, issuers, %s AS m
                ORDER BY d.issuedOn IS NULL, d.issuedOn, p.key, m.year
                RETURN [item, document, %s, issuers]""".formatted(
                        selection.items() ? PlanItem.PROJECTION : "[p.key, p.position]",
                        selection.documents() ? Document.PROJECTION : "[d.key, d.level]",
                        TargetLists.of(selection).projection(),
                        TargetLists.of(selection).list());
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
                .one(r -> new Compared(Indicator.from(r.get("indicator")), rows(r.get("rows"), selection)));
    }

    /**
     * As {@link #compared(String, ComparisonSelection)}, only the rows of plans issued by the unit {@code within} or
     * by a unit under it. The walk starts from the unit, not from the indicator: at national scale an indicator is set
     * by a row of every plan of the country (hundreds of thousands), a province's subtree holds a few hundred plans.
     */
    public Optional<Compared> compared(String key, String within, ComparisonSelection selection) {
        return reads.query("""
                        MATCH (i:Indicator {key: $key})
                        // unique lookups (constraints indicator_key, agency_key); the unit may be absent
                        OPTIONAL MATCH (w:Agency {key: $within})
                        // the area's units, once: a province's committee, its districts (1 hop), their communes
                        // (2), offices under any of them; bounded at 3. Each with the units from it up to the
                        // area's (which rows it is compared with: ComparisonService), once per way up
                        WITH i, w, COLLECT { MATCH up = (w)<-[:PART_OF*0..3]-(a:Agency)
                                             RETURN [a, [u IN nodes(up) WHERE u:Agency | u.key]]
                                           } AS reached
                        RETURN %s AS indicator, w IS NOT NULL AS withinFound,
                          [x IN reached | [x[0].key, x[1]]] AS unitsAbove,
                          COLLECT {
                            // the documents the area's units issued, then their rows that set the indicator:
                            // one seek per document in the index sets_indicator_document (SETS carries its
                            // indicator's and its row's document's keys), so the work grows with the area, not
                            // with the indicator's rows in the whole country (43,224 at scale 1; expanding them
                            // all was 139 ms at p95: docs/benchmarks.md)
                            UNWIND reached AS x
                            WITH DISTINCT x[0] AS a
                            MATCH (a)<-[:ISSUED_BY]-(d:Document)
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
                        rows(r.get("rows"), selection),
                        r.get("withinFound").asBoolean(),
                        unitsAbove(r.get("unitsAbove"))));
    }

    /** Unit key to the units from it up to the area's unit (several ways up: every unit on any). */
    private static Map<String, Set<String>> unitsAbove(Value pairs) {
        var result = new LinkedHashMap<String, Set<String>>();
        for (Value pair : pairs.values()) {
            var units = result.computeIfAbsent(pair.get(0).asString(), k -> new LinkedHashSet<>());
            for (Value unit : pair.get(1).values()) {
                units.add(unit.asString());
            }
        }
        return result;
    }

    /** The rows from their targets' lists ({@link #row(ComparisonSelection)}), a row's targets being consecutive. */
    private static List<Compared.Row> rows(Value targets, ComparisonSelection selection) {
        var rows = new ArrayList<Compared.Row>();
        var width = TargetLists.of(selection);
        Compared.Row row = null;
        for (Value t : targets.values()) {
            Value p = t.get(0);
            String itemKey = (selection.items() ? p.get("key") : p.get(0)).asString();
            if (row == null || !row.item().key().equals(itemKey)) {
                row = row(t, selection);
                rows.add(row);
            }
            row.targets().add(width.decode(itemKey, t.get(2)));
        }
        return rows;
    }

    /** A row with its document, its targets still to add. */
    private static Compared.Row row(Value row, ComparisonSelection selection) {
        Value p = row.get(0);
        Value d = row.get(1);
        List<String> issuers = row.get(3).asList(Value::asString);
        Document document = selection.documents()
                ? Document.from(d)
                : new Document(
                        d.get(0).asString(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        issuers.isEmpty() ? null : issuers.get(0),
                        Decoding.enumValue(AdminLevel.class, d.get(1)),
                        false,
                        null);
        PlanItem item = selection.items()
                ? PlanItem.from(p)
                : PlanItem.keyed(p.get(0).asString(), document.key(), p.get(1).asInt());
        return new Compared.Row(item, document, new ArrayList<>(), issuers);
    }
}
