package org.planlineage.lineage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import org.neo4j.driver.Value;
import org.planlineage.document.Provenance;
import org.planlineage.graph.GlobalId;
import org.planlineage.graph.GraphReads;
import org.planlineage.graph.NodeType;
import org.planlineage.graph.Relation;
import org.springframework.stereotype.Repository;

/**
 * The walking Cypher: one statement per hop of a lineage, for the whole frontier at once. Both statements answer the
 * same columns: the walk's direction ({@code parent}, {@code child}) and the relation's ({@code from}, {@code to}),
 * see {@link Hop}.
 */
@Repository
class LineageQueries {

    /** UP: from the derived node along every followed relation to what it derives from (always a document). */
    private static final String UP = """
            // the frontier, label by label: keys are unique within a label only
            CALL () {
              UNWIND $documents AS k MATCH (n:Document {key: k}) RETURN n
              UNION
              UNWIND $items AS k MATCH (n:PlanItem {key: k}) RETURN n
            }
            // outwards: a plan item to the document that sets it and to its row's legal basis, a document to what it
            // cites; units are not above anything
            MATCH (n)-[r]->(m:Document)
            // only the relations asked for (by default, every one but CITES)
            WHERE type(r) IN $relations
            // walking up, the walk's direction is the relation's: the parent is the derived end
            RETURN n.key AS parent, labels(n)[0] AS parentLabel, m.key AS child, labels(m)[0] AS childLabel,
                   n.key AS fromKey, labels(n)[0] AS fromLabel, m.key AS toKey, labels(m)[0] AS toLabel,
                   type(r) AS relation, properties(r) AS props
            // a stable order: the walk keeps the first edge it meets and cuts at the node bound in this order
            ORDER BY parent, relation, child
            """;

    /** DOWN: from a node to what derives from it; edges still point from the derived node to its base. */
    private static final String DOWN = """
            // the frontier, label by label: keys are unique within a label only
            CALL () {
              UNWIND $documents AS k MATCH (n:Document {key: k}) RETURN n
              UNION
              UNWIND $items AS k MATCH (n:PlanItem {key: k}) RETURN n
              UNION
              UNWIND $agencies AS k MATCH (n:Agency {key: k}) RETURN n
            }
            // inwards, one branch per kind of frontier node; each names the derived end and the base end
            CALL (n) {
              // documents that cite a document, and plan items set in it or based on it
              MATCH (n:Document)<-[r]-(m)
              WHERE type(r) IN $relations AND (m:Document OR m:PlanItem)
              RETURN r, m, m AS derived, n AS base
              UNION
              // the units a plan item assigns (lead, cooperating)
              MATCH (n:PlanItem)-[r:LEAD|COOPERATING]->(m:Agency)
              WHERE type(r) IN $relations
              RETURN r, m, n AS derived, m AS base
              UNION
              // a group ("UBND 11 phường") expanded to its members
              MATCH (n:Agency)<-[r:MEMBER_OF]-(m:Agency)
              WHERE type(r) IN $relations
              RETURN r, m, m AS derived, n AS base
              UNION
              // on a date: a unit to the units its duties passed to by then (a succession without a date too: the
              // sources do not say it had not); from the former unit to its successor
              MATCH (n:Agency)-[r:SUCCEEDED_BY]->(m:Agency)
              WHERE type(r) IN $relations AND (r.since IS NULL OR r.since <= $asOf)
              RETURN r, m, n AS derived, m AS base
            }
            // the walk's direction (n to m) and the relation's (derived to base)
            RETURN n.key AS parent, labels(n)[0] AS parentLabel, m.key AS child, labels(m)[0] AS childLabel,
                   derived.key AS fromKey, labels(derived)[0] AS fromLabel, base.key AS toKey,
                   labels(base)[0] AS toLabel, type(r) AS relation, properties(r) AS props
            // a stable order: the walk keeps the first edge it meets and cuts at the node bound in this order
            ORDER BY parent, relation, child
            """;

    private final GraphReads reads;

    LineageQueries(GraphReads reads) {
        this.reads = reads;
    }

    /** Every relationship of the followed relations from the frontier's nodes, one way or the other. */
    List<Hop> hops(Collection<GlobalId> frontier, Direction direction, Collection<Relation> relations, LocalDate asOf) {
        var keys = new EnumMap<NodeType, List<String>>(NodeType.class);
        for (NodeType type : NodeType.values()) {
            keys.put(type, new ArrayList<>());
        }
        frontier.forEach(id -> keys.get(id.type()).add(id.key()));
        String cypher = switch (direction) {
            case UP -> UP;
            case DOWN -> DOWN;
        };
        return reads
                .query(cypher)
                .bind("documents", keys.get(NodeType.DOCUMENT))
                .bind("items", keys.get(NodeType.PLAN_ITEM))
                .bind("agencies", keys.get(NodeType.AGENCY))
                .bind("relations", relations.stream().map(Relation::name).toList())
                .bind("asOf", asOf)
                .list(r -> new Hop(
                        id(r.get("parentLabel"), r.get("parent")),
                        id(r.get("childLabel"), r.get("child")),
                        id(r.get("fromLabel"), r.get("fromKey")),
                        id(r.get("toLabel"), r.get("toKey")),
                        Relation.valueOf(r.get("relation").asString()),
                        Provenance.from(r.get("props"))))
                .stream()
                .toList();
    }

    private static GlobalId id(Value label, Value key) {
        return NodeType.byLabel(label.asString()).orElseThrow().id(key.asString());
    }
}
