package org.planlineage.indicator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Value;
import org.planlineage.agency.Agency;
import org.planlineage.agency.ResponsibilityRole;
import org.planlineage.document.Document;
import org.planlineage.graph.GraphReads;
import org.planlineage.graphql.Paging;
import org.springframework.stereotype.Repository;

/**
 * A page of each document's rows read in one statement together with the parts of each row the request selected
 * ({@link RowSelection}): its targets, lead and cooperating units, responsibilities, legal basis and indicator, each
 * in the order its own batch statement gives it ({@link PlanItemQueries}, {@link TargetQueries},
 * {@code AgencyQueries.responsibilities}). A page of 100 rows with all of them is one statement instead of seven.
 * A unit or a document named by many rows of the page is read once for the page, and a group's members once, not
 * once per row that names it ({@link RowUnits} puts the rows' units together).
 */
@Repository
public class RowPageQueries {

    /**
     * One page of a document's rows, how many rows it has in all, the selected parts of each row by its key, and
     * what was selected; the rows' fields answer from it ({@link RowPartFetchers}).
     */
    public record Page(List<PlanItem> items, int totalCount, Map<String, RowParts> parts, RowSelection with) {}

    // Each part is read only when its parameter says the request selected it (CASE evaluates one branch), so the
    // statement's text, and its plan, is the same for every selection.
    private static final String STATEMENT = """
            UNWIND $parents AS parent
            MATCH (p:PlanItem)-[:SET_IN]->(d:Document {key: parent})
            WHERE $pillar IS NULL OR p.pillar = $pillar
            WITH parent, d, p ORDER BY p.kind = 'BUDGET_LINE', p.position
            WITH parent, d, collect(p) AS rows
            // a table without its own "Căn cứ pháp lý" column inherits the document's basis: read once a document
            WITH parent, d, size(rows) AS total, rows[$skip..$end] AS page, CASE WHEN $legalBasis THEN
              COLLECT { MATCH (d)-[:LEGAL_BASIS]->(b:Document) RETURN b.key AS key ORDER BY key } END AS inherited
            // only the page's rows are projected, with their parts; units and documents by key
            CALL (d, page, inherited) {
              UNWIND page AS p
              WITH p, d, inherited, CASE WHEN $legalBasis THEN
                COLLECT { MATCH (p)-[:LEGAL_BASIS]->(b:Document) RETURN b.key AS key ORDER BY key } END AS own
              RETURN collect({
                item: %1$s,
                targets: CASE WHEN $targets THEN
                  COLLECT { MATCH (p)-[:HAS_TARGET]->(t:Target) RETURN %2$s AS t ORDER BY t.year } END,
                // LEAD before COOPERATING, each in the cell's order: lead, cooperating and responsibilities alike
                assigned: CASE WHEN $units THEN COLLECT { MATCH (p)-[r:LEAD|COOPERATING]->(a:Agency)
                  RETURN [type(r), a.key] AS x ORDER BY type(r) = 'COOPERATING', r.position, a.key } END,
                legalBasis: CASE WHEN size(own) > 0 THEN own ELSE inherited END,
                indicator: CASE WHEN $indicator THEN
                  head(COLLECT { MATCH (p)-[:SETS]->(i:Indicator) RETURN %3$s AS i }) END
              }) AS items
            }
            // every unit the page assigns, each once, and the members of the groups among them, once a group
            CALL (items) {
              UNWIND items AS row
              UNWIND coalesce(row.assigned, []) AS assignment
              WITH DISTINCT assignment[1] AS key
              MATCH (g:Agency {key: key})
              WITH g, CASE WHEN $expand THEN
                COLLECT { MATCH (m:Agency)-[:MEMBER_OF]->(g) RETURN m ORDER BY m.name, m.key } ELSE [] END AS members
              WITH collect(CASE WHEN size(members) > 0 THEN [g.key, [m IN members | m.key]] END) AS groups,
                   collect(g) AS assigned, collect(members) AS memberLists
              CALL (assigned, memberLists) {
                UNWIND assigned + reduce(acc = [], ms IN memberLists | acc + ms) AS a
                WITH DISTINCT a
                RETURN collect(%4$s) AS units
              }
              RETURN groups, units
            }
            // every document the page's rows are based on, once
            CALL (items) {
              UNWIND items AS row
              UNWIND coalesce(row.legalBasis, []) AS key
              WITH DISTINCT key
              MATCH (b:Document {key: key})
              RETURN collect(%5$s) AS documents
            }
            RETURN parent, total, items, groups, units, documents
            """.formatted(
                    PlanItem.PROJECTION,
                    Target.PROJECTION,
                    Indicator.PROJECTION,
                    Agency.projection("a"),
                    Document.projection("b"));

    private final GraphReads reads;

    RowPageQueries(GraphReads reads) {
        this.reads = reads;
    }

    /**
     * One page of each document's rows in table order (target tables before budget tables), each total, and the
     * selected parts of every row on the pages: one statement for every document of the batch.
     */
    public Map<String, Page> ofDocuments(
            Collection<String> documentKeys, Pillar pillar, Paging paging, RowSelection with) {
        var result = new LinkedHashMap<String, Page>();
        documentKeys.forEach(k -> result.put(k, new Page(List.of(), 0, Map.of(), with)));
        reads.query(STATEMENT)
                .bind("parents", List.copyOf(documentKeys))
                .bind("pillar", pillar == null ? null : pillar.name())
                .bind("skip", paging.offset())
                .bind("end", paging.offset() + paging.limit())
                .bind("targets", with.targets())
                .bind("units", with.lead() || with.cooperating() || with.expandGroups() != null)
                .bind("expand", with.expandGroups())
                .bind("legalBasis", with.legalBasis())
                .bind("indicator", with.indicator())
                .forEach(r -> result.put(r.get("parent").asString(), page(r, with)));
        return result;
    }

    private static Page page(GraphReads.Row r, RowSelection with) {
        var members = new HashMap<String, List<String>>();
        r.get("groups")
                .values()
                .forEach(g -> members.put(g.get(0).asString(), g.get(1).asList(Value::asString)));
        var units = new RowUnits(byKey(r.get("units"), Agency::from, Agency::key), members);
        Map<String, Document> documents = byKey(r.get("documents"), Document::from, Document::key);
        Value rows = r.get("items");
        var items = new ArrayList<PlanItem>(rows.size());
        var parts = new HashMap<String, RowParts>();
        for (Value row : rows.values()) {
            PlanItem item = PlanItem.from(row.get("item"));
            items.add(item);
            List<RowUnits.Assignment> assigned = listOrNull(row.get("assigned"), RowPageQueries::assignment);
            parts.put(
                    item.key(),
                    new RowParts(
                            listOrNull(row.get("targets"), t -> Target.from(item.key(), t)),
                            with.lead() ? units.inRole(assigned, ResponsibilityRole.LEAD) : null,
                            with.cooperating() ? units.inRole(assigned, ResponsibilityRole.COOPERATING) : null,
                            with.expandGroups() == null ? null : units.responsibilities(assigned, with.expandGroups()),
                            listOrNull(row.get("legalBasis"), k -> documents.get(k.asString())),
                            row.get("indicator").isNull() ? null : Indicator.from(row.get("indicator"))));
        }
        return new Page(items, r.get("total").asInt(), parts, with);
    }

    private static RowUnits.Assignment assignment(Value x) {
        // the relationship's type is the role's name (LEAD, COOPERATING)
        return new RowUnits.Assignment(
                ResponsibilityRole.valueOf(x.get(0).asString()), x.get(1).asString());
    }

    private static <T> Map<String, T> byKey(Value list, Function<Value, T> each, Function<T, String> key) {
        var result = new HashMap<String, T>();
        list.values().forEach(v -> {
            T value = each.apply(v);
            result.put(key.apply(value), value);
        });
        return result;
    }

    private static <T> List<T> listOrNull(Value value, Function<Value, T> each) {
        return value.isNull() ? null : value.asList(each::apply);
    }
}
