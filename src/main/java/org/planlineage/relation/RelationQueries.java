package org.planlineage.relation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.neo4j.driver.Value;
import org.planlineage.document.Provenance;
import org.planlineage.graph.GlobalId;
import org.planlineage.graph.GraphReads;
import org.planlineage.graph.NodeType;
import org.planlineage.graph.Relation;
import org.springframework.stereotype.Repository;

/**
 * The one statement of a {@code relation} search: one hop from a whole frontier of documents and rows, along the
 * relations asked for, either way round. No variable-length pattern: Neo4j's shortest-path search falls back to an
 * exhaustive one when a bound cannot be checked on the way, which on a well-cited graph does not end.
 */
@Repository
class RelationQueries {

    /** A relationship, in its own direction (from the derived node to its base), with its provenance. */
    record Link(Relation relation, GlobalId from, GlobalId to, List<Provenance> provenance) {}

    /** One hop from a frontier node to a neighbour, along {@code link}. */
    record Hop(GlobalId node, GlobalId neighbour, Link link) {}

    /** The relations that connect documents and rows: the five between documents, and SET_IN. */
    static final List<Relation> CONNECTING = Arrays.stream(Relation.values())
            .filter(r -> r.isBetweenDocuments() || r == Relation.SET_IN)
            .toList();

    private static final String HOPS = """
            // the frontier, label by label: keys are unique within a label only
            CALL () {
              UNWIND $documents AS k MATCH (n:Document {key: k}) RETURN n
              UNION
              UNWIND $items AS k MATCH (n:PlanItem {key: k}) RETURN n
            }
            // every relationship of the relations asked for, either way round, to a document or a row
            MATCH (n)-[r]-(m)
            WHERE type(r) IN $relations AND (m:Document OR m:PlanItem)
            RETURN [labels(n)[0], n.key] AS node, [labels(m)[0], m.key] AS neighbour, type(r) AS relation,
                   startNode(r) = n AS outgoing, properties(r) AS props
            // a stable order, so that a cut at the bound cuts the same hops every time
            ORDER BY n.key, relation, m.key
            LIMIT $limit
            """;

    private final GraphReads reads;

    RelationQueries(GraphReads reads) {
        this.reads = reads;
    }

    /** The hops from every frontier node, at most {@code limit}. */
    List<Hop> hops(Collection<GlobalId> frontier, List<Relation> relations, int limit) {
        var documents = new ArrayList<String>();
        var items = new ArrayList<String>();
        frontier.forEach(id -> (id.type() == NodeType.DOCUMENT ? documents : items).add(id.key()));
        return reads.query(HOPS)
                .bind("documents", documents)
                .bind("items", items)
                .bind("relations", relations.stream().map(Relation::name).toList())
                .bind("limit", limit)
                .list(r -> {
                    GlobalId node = id(r.get("node"));
                    GlobalId neighbour = id(r.get("neighbour"));
                    boolean outgoing = r.get("outgoing").asBoolean();
                    return new Hop(
                            node,
                            neighbour,
                            new Link(
                                    Relation.valueOf(r.get("relation").asString()),
                                    outgoing ? node : neighbour,
                                    outgoing ? neighbour : node,
                                    Provenance.from(r.get("props"))));
                });
    }

    private static GlobalId id(Value labelAndKey) {
        return NodeType.byLabel(labelAndKey.get(0).asString())
                .orElseThrow()
                .id(labelAndKey.get(1).asString());
    }
}
