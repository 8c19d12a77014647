package org.planlineage.indicator;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
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
