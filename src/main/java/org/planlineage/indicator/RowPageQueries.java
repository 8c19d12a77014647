package org.planlineage.indicator;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.planlineage.agency.Agency;
import org.planlineage.agency.Responsibility;
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
 */
@Repository
public class RowPageQueries {

    /** One page of a document's rows, how many rows it has in all, and the selected parts of each row by its key. */
    public record Page(List<PlanItem> items, int totalCount, Map<String, RowParts> parts) {}

    private static final String UNIT = Agency.projection("a");

    // Each part is read only when its parameter says the request selected it (CASE evaluates one branch), so the
    // statement's text, and its plan, is the same for every selection.
    private static final String STATEMENT = """
            UNWIND $parents AS parent
            MATCH (p:PlanItem)-[:SET_IN]->(d:Document {key: parent})
            WHERE $pillar IS NULL OR p.pillar = $pillar
            WITH parent, d, p ORDER BY p.kind = 'BUDGET_LINE', p.position
            WITH parent, d, collect(p) AS rows
            // only the page's rows are projected, with their parts
            CALL (d, rows) {
              UNWIND rows[$skip..$end] AS p
              WITH {
                item: %1$s,
                targets: CASE WHEN $targets THEN
                  COLLECT { MATCH (p)-[:HAS_TARGET]->(t:Target) RETURN %2$s AS t ORDER BY t.year } END,
                lead: CASE WHEN $lead THEN
                  COLLECT { MATCH (p)-[r:LEAD]->(a:Agency) RETURN %3$s AS unit ORDER BY r.position } END,
                cooperating: CASE WHEN $cooperating THEN
                  COLLECT { MATCH (p)-[r:COOPERATING]->(a:Agency) RETURN %3$s AS unit ORDER BY r.position } END,
                responsibilities: CASE WHEN $expand IS NOT NULL THEN COLLECT {
                  MATCH (p)-[r:LEAD|COOPERATING]->(g:Agency)
                  // a group is expanded one level to its members; a group with no members stays itself
                  // (no aggregating function in here: Cypher would read it as the enclosing projection's)
                  WITH r, g, CASE WHEN $expand THEN
                    COLLECT { MATCH (m:Agency)-[:MEMBER_OF]->(g) RETURN m ORDER BY m.name, m.key } ELSE [] END AS members
                  UNWIND CASE WHEN size(members) = 0 THEN [null] ELSE members END AS member
                  WITH r, g, member, coalesce(member, g) AS a
                  RETURN {role: type(r), agency: %3$s, via: CASE WHEN member IS NULL THEN null ELSE %4$s END} AS x
                  ORDER BY type(r) = 'COOPERATING', r.position, coalesce(member.name, ''), a.key } END,
                // the row's own "Căn cứ pháp lý" column wins; a table without one inherits the document's
                legalBasis: CASE WHEN NOT $legalBasis THEN null
                  WHEN EXISTS { (p)-[:LEGAL_BASIS]->(:Document) } THEN
                    COLLECT { MATCH (p)-[:LEGAL_BASIS]->(b:Document) RETURN %5$s AS b ORDER BY b.key }
                  ELSE COLLECT { MATCH (d)-[:LEGAL_BASIS]->(b:Document) RETURN %5$s AS b ORDER BY b.key } END,
                indicator: CASE WHEN $indicator THEN
                  head(COLLECT { MATCH (p)-[:SETS]->(i:Indicator) RETURN %6$s AS i }) END
              } AS row
              RETURN collect(row) AS page
            }
            RETURN parent, size(rows) AS total, page
            """.formatted(
                    PlanItem.PROJECTION,
                    Target.PROJECTION,
                    UNIT,
                    Agency.projection("g"),
                    Document.projection("b"),
                    Indicator.PROJECTION);

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
        documentKeys.forEach(k -> result.put(k, new Page(List.of(), 0, Map.of())));
        reads.query(STATEMENT)
                .bind("parents", List.copyOf(documentKeys))
                .bind("pillar", pillar == null ? null : pillar.name())
                .bind("skip", paging.offset())
                .bind("end", paging.offset() + paging.limit())
                .bind("targets", with.targets())
                .bind("lead", with.lead())
                .bind("cooperating", with.cooperating())
                .bind("expand", with.expandGroups())
                .bind("legalBasis", with.legalBasis())
                .bind("indicator", with.indicator())
                .forEach(r -> result.put(
                        r.get("parent").asString(),
                        page(r.get("page"), r.get("total").asInt())));
        return result;
    }

    private static Page page(Value rows, int total) {
        var items = new java.util.ArrayList<PlanItem>(rows.size());
        var parts = new LinkedHashMap<String, RowParts>();
        rows.values().forEach(row -> {
            PlanItem item = PlanItem.from(row.get("item"));
            items.add(item);
            parts.put(
                    item.key(),
                    new RowParts(
                            listOrNull(row.get("targets"), t -> Target.from(item.key(), t)),
                            listOrNull(row.get("lead"), Agency::from),
                            listOrNull(row.get("cooperating"), Agency::from),
                            listOrNull(row.get("responsibilities"), RowPageQueries::responsibility),
                            listOrNull(row.get("legalBasis"), Document::from),
                            row.get("indicator").isNull() ? null : Indicator.from(row.get("indicator"))));
        });
        return new Page(items, total, parts);
    }

    private static Responsibility responsibility(Value x) {
        return new Responsibility(
                Agency.from(x.get("agency")),
                // the relationship's type is the role's name (LEAD, COOPERATING)
                ResponsibilityRole.valueOf(x.get("role").asString()),
                x.get("via").isNull() ? null : Agency.from(x.get("via")));
    }

    private static <T> List<T> listOrNull(Value value, java.util.function.Function<Value, T> each) {
        return value.isNull() ? null : value.asList(each::apply);
    }
}
