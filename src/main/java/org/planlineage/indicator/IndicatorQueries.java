package org.planlineage.indicator;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planlineage.graph.KeyPair;
import org.planlineage.graph.NodeSource;
import org.planlineage.graph.NodeType;
import org.planlineage.graphql.Paging;
import org.planlineage.text.Folding;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Cypher for indicators. */
@Repository
public class IndicatorQueries implements NodeSource<Indicator> {

    private final Neo4jClient client;

    IndicatorQueries(Neo4jClient client) {
        this.client = client;
    }

    @Override
    public NodeType nodeType() {
        return NodeType.INDICATOR;
    }

    @Override
    public Map<String, Indicator> byKeys(Collection<String> keys) {
        var result = new LinkedHashMap<String, Indicator>();
        client.query("MATCH (i:Indicator) WHERE i.key IN $keys RETURN properties(i) AS i ORDER BY i.key")
                .bind(List.copyOf(keys))
                .to("keys")
                .fetchAs(Indicator.class)
                .mappedBy((t, r) -> Indicator.from(r.get("i")))
                .all()
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
        long total = filtered(match + " RETURN count(i)", search, pillar)
                .fetchAs(Long.class)
                .one()
                .orElse(0L);
        var indicators = filtered(
                        match + " RETURN properties(i) AS i ORDER BY i.key SKIP $skip LIMIT $limit", search, pillar)
                .bind(paging.offset())
                .to("skip")
                .bind(paging.limit())
                .to("limit")
                .fetchAs(Indicator.class)
                .mappedBy((t, r) -> Indicator.from(r.get("i")))
                .all()
                .stream()
                .toList();
        return new Page(indicators, (int) total);
    }

    public record Page(List<Indicator> indicators, int totalCount) {}

    /** The statement with the filter's parameters bound; an absent one binds null, which matches everything. */
    private Neo4jClient.RunnableSpec filtered(String cypher, String search, Pillar pillar) {
        return client.query(cypher)
                .bind(pillar == null ? null : pillar.name())
                .to("pillar")
                .bind(search == null ? null : Folding.fold(search))
                .to("search")
                .bind(search == null ? null : search.toLowerCase())
                .to("raw");
    }

    /** Item keys per indicator key, ordered by the date of the item's document, then item key. */
    public Map<String, List<String>> itemKeys(Collection<String> indicatorKeys) {
        var result = PlanItemQueries.emptyLists(indicatorKeys, String.class);
        client.query("""
                        MATCH (i:Indicator)<-[:SETS]-(p:PlanItem)-[:SET_IN]->(d:Document)
                        WHERE i.key IN $keys
                        RETURN i.key AS indicator, p.key AS item
                        ORDER BY indicator, d.issuedOn IS NULL, d.issuedOn, p.key
                        """)
                .bind(List.copyOf(indicatorKeys))
                .to("keys")
                .fetchAs(KeyPair.class)
                .mappedBy((t, r) ->
                        new KeyPair(r.get("indicator").asString(), r.get("item").asString()))
                .all()
                .forEach(pair -> result.get(pair.owner()).add(pair.other()));
        return result;
    }
}
