package org.planlineage.indicator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.planlineage.agency.Agency;
import org.planlineage.agency.ResponsibilityRole;
import org.planlineage.document.Document;
import org.planlineage.graph.GraphReads;
import org.planlineage.graph.NodeSource;
import org.planlineage.graph.NodeType;
import org.planlineage.graphql.Paging;
import org.springframework.stereotype.Repository;

/**
 * Cypher for plan items: by key, pages of an agency's rows (a document's: {@link RowPageQueries}), and the keys of what a row names (its
 * units, legal basis, indicator), each for a whole batch of items. Targets and results: {@link TargetQueries}.
 */
@Repository
public class PlanItemQueries implements NodeSource<PlanItem> {

    private static final String PROJECTION = PlanItem.PROJECTION;

    private final GraphReads reads;

    PlanItemQueries(GraphReads reads) {
        this.reads = reads;
    }

    @Override
    public NodeType nodeType() {
        return NodeType.PLAN_ITEM;
    }

    @Override
    public String projection() {
        return "WITH n AS p MATCH (p)-[:SET_IN]->(d:Document) RETURN " + PlanItem.PROJECTION + " AS node";
    }

    @Override
    public PlanItem read(Value node) {
        return PlanItem.from(node);
    }

    @Override
    public Map<String, PlanItem> byKeys(Collection<String> keys) {
        var result = new LinkedHashMap<String, PlanItem>();
        if (keys.isEmpty()) {
            return result;
        }
        reads.query("""
                        MATCH (p:PlanItem)-[:SET_IN]->(d:Document) WHERE p.key IN $keys
                        RETURN %s AS p ORDER BY d.key, p.position
                        """.formatted(PROJECTION))
                .bind("keys", List.copyOf(keys))
                .list(r -> PlanItem.from(r.get("p")))
                .forEach(p -> result.put(p.key(), p));
        return result;
    }

    /** One page of rows and how many rows there are in all, for one parent. */
    public record Page(List<PlanItem> items, int totalCount) {}

    /**
     * One page of the rows each agency leads (LEAD) or cooperates on (COOPERATING) directly, in document then table
     * order, and each total: one statement for every agency of the batch.
     */
    public Map<String, Page> ofAgencies(Collection<String> agencyKeys, ResponsibilityRole role, Paging paging) {
        return pages("""
                UNWIND $parents AS parent
                MATCH (p:PlanItem)-[r:LEAD|COOPERATING]->(:Agency {key: parent})
                WHERE type(r) = $role
                MATCH (p)-[:SET_IN]->(d:Document)
                WITH parent, d, p ORDER BY d.issuedOn, d.key, p.position
                """, "role", role.relation().name(), agencyKeys, paging);
    }

    /**
     * Runs a {@code parent, d, p} match that takes one filter parameter ({@code null} for none), then cuts each
     * parent's ordered rows to the page.
     */
    private Map<String, Page> pages(
            String match, String filterName, String filterValue, Collection<String> parents, Paging paging) {
        var result = new LinkedHashMap<String, Page>();
        parents.forEach(k -> result.put(k, new Page(List.of(), 0)));
        reads.query(match + """
                        WITH parent, collect(%s) AS rows
                        RETURN parent, size(rows) AS total, rows[$skip..$end] AS page
                        """.formatted(PROJECTION))
                .bind(filterName, filterValue)
                .bind("parents", List.copyOf(parents))
                .bind("skip", paging.offset())
                .bind("end", paging.offset() + paging.limit())
                .list(r -> new ParentPage(
                        r.get("parent").asString(),
                        new Page(
                                r.get("page").asList(PlanItem::from),
                                r.get("total").asInt())))
                .forEach(p -> result.put(p.parent(), p.page()));
        return result;
    }

    private record ParentPage(String parent, Page page) {}

    /** A document's row by printed number ("12", "12.") or ref ("after-111"); several tables may share a number. */
    public List<PlanItem> ofDocumentByNumber(String documentKey, String number) {
        String bare = number.strip().replaceAll("\\.$", "");
        return reads
                .query("""
                        MATCH (p:PlanItem)-[:SET_IN]->(d:Document {key: $document})
                        WHERE p.ref = $bare OR p.number = $number OR p.number = $bare + '.'
                        RETURN %s AS p ORDER BY p.kind = 'BUDGET_LINE', p.position
                        """.formatted(PROJECTION))
                .bind("document", documentKey)
                .bind("bare", bare)
                .bind("number", number.strip())
                .list(r -> PlanItem.from(r.get("p")))
                .stream()
                .toList();
    }

    /** The units per item for a role (its LEAD or COOPERATING relation), in the order the cell names them. */
    public Map<String, List<Agency>> units(Collection<String> itemKeys, ResponsibilityRole role) {
        var byItem = emptyLists(itemKeys, Agency.class);
        if (itemKeys.isEmpty()) {
            return byItem;
        }
        reads.query("""
                        MATCH (p:PlanItem)-[r:LEAD|COOPERATING]->(a:Agency)
                        WHERE p.key IN $keys AND type(r) = $role
                        RETURN p.key AS item, %s AS agency ORDER BY item, r.position
                        """.formatted(Agency.projection("a")))
                .bind("keys", List.copyOf(itemKeys))
                .bind("role", role.relation().name())
                .forEach(r -> byItem.get(r.get("item").asString()).add(Agency.from(r.get("agency"))));
        return byItem;
    }

    /**
     * The legal basis per item: the row's own column where the table has one, else its document's
     * {@code LEGAL_BASIS} links. Documents, ordered by key.
     */
    public Map<String, List<Document>> legalBasis(Collection<String> itemKeys) {
        var byItem = emptyLists(itemKeys, Document.class);
        if (itemKeys.isEmpty()) {
            return byItem;
        }
        reads.query("""
                        MATCH (p:PlanItem)-[:SET_IN]->(d:Document) WHERE p.key IN $keys
                        // the row's own "Căn cứ pháp lý" column wins; a table without one inherits the document's
                        WITH p, d, [(p)-[:LEGAL_BASIS]->(b:Document) | b] AS own
                        WITH p, CASE WHEN size(own) > 0 THEN own ELSE [(d)-[:LEGAL_BASIS]->(b:Document) | b] END AS basis
                        UNWIND basis AS b
                        RETURN p.key AS item, %s AS document ORDER BY item, document.key
                        """.formatted(Document.projection("b")))
                .bind("keys", List.copyOf(itemKeys))
                .forEach(r -> byItem.get(r.get("item").asString()).add(Document.from(r.get("document"))));
        return byItem;
    }

    /** The indicator per item; an item that sets none is absent. */
    public Map<String, Indicator> indicators(Collection<String> itemKeys) {
        var result = new LinkedHashMap<String, Indicator>();
        if (itemKeys.isEmpty()) {
            return result;
        }
        reads.query("""
                        MATCH (p:PlanItem)-[:SETS]->(i:Indicator) WHERE p.key IN $keys
                        RETURN p.key AS item, %s AS indicator
                        """.formatted(Indicator.PROJECTION))
                .bind("keys", List.copyOf(itemKeys))
                .forEach(r -> result.put(r.get("item").asString(), Indicator.from(r.get("indicator"))));
        return result;
    }

    static <T> Map<String, List<T>> emptyLists(Collection<String> keys, Class<T> type) {
        var result = new LinkedHashMap<String, List<T>>();
        keys.forEach(k -> result.put(k, new ArrayList<>()));
        return result;
    }
}
