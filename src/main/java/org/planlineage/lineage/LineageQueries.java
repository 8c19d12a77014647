package org.planlineage.lineage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.planlineage.document.Provenance;
import org.planlineage.graph.GlobalId;
import org.planlineage.graph.GraphReads;
import org.planlineage.graph.Node;
import org.planlineage.graph.NodeLoader;
import org.planlineage.graph.NodeType;
import org.planlineage.graph.Relation;
import org.springframework.stereotype.Repository;

/**
 * Runs the lineage Cypher ({@link LineageCypher}) and maps its rows. {@link #whole} reads a whole lineage in one
 * statement: every node within the depth, once (breadth-first in the database), loaded as the
 * API serves it when the request selects any of its kind's properties and as its key alone otherwise
 * ({@link LineageSelection}), with the hops out of it as short lists; the walk then runs in memory
 * ({@link LineageWalk}). A lineage wider than the node bound is walked hop by hop instead, one statement per hop for
 * the whole frontier ({@link #hops}), so that its cost stays bounded; so is a lineage DOWN through successions on a
 * date, which {@link #whole} does not follow ({@code LineageService}). Both answer the same hops: the walk's direction
 * ({@code parent}, {@code child}) and the relation's ({@code from}, {@code to}), see {@link Hop}.
 */
@Repository
class LineageQueries {

    private final GraphReads reads;
    private final NodeLoader nodes;
    private final int largestDepth;

    /** The whole-lineage statement of each direction and set of kinds read in full (at most 2 x 16 texts). */
    private final Map<WholeStatement, String> wholeStatements = new ConcurrentHashMap<>();

    private record WholeStatement(Direction direction, Set<NodeType> loadedNodes) {}

    LineageQueries(GraphReads reads, NodeLoader nodes, LineageProperties limits) {
        this.reads = reads;
        this.nodes = nodes;
        this.largestDepth = limits.maxDepth();
    }

    /**
     * A whole lineage read at once: the root (the first of the candidate ids that exists), every node within
     * {@code maxDepth} hops of it with its hops out, in the order of their keys.
     *
     * @param loadedNodes the kinds of node read in full; the others are read as their key alone
     * @param cap a lineage that reaches this many nodes is not read ({@link Reached#wide()}): the caller walks it hop
     *     by hop
     * @return empty when no candidate exists
     */
    Optional<Reached> whole(
            List<GlobalId> candidates,
            Direction direction,
            int maxDepth,
            Collection<Relation> relations,
            Set<NodeType> loadedNodes,
            boolean withProvenance,
            int cap) {
        var keys = byType(candidates);
        String cypher = wholeStatements.computeIfAbsent(
                new WholeStatement(direction, Set.copyOf(loadedNodes)),
                w -> LineageCypher.whole(w.direction(), largestDepth, nodes.projectionOfN(w.loadedNodes())));
        return reads.query(cypher)
                .bind("depth", maxDepth)
                .bind("documents", keys.get(NodeType.DOCUMENT))
                .bind("items", keys.get(NodeType.PLAN_ITEM))
                // successions are not followed here (LineageService walks them hop by hop): no date
                .bind("relations", names(relations))
                .bind("withProvenance", withProvenance)
                .bind("cap", cap)
                .one(r -> {
                    var reached = new Reached(
                            id(r.get("rootLabel"), r.get("root")),
                            r.get("wide").asBoolean(),
                            new HashMap<>(),
                            new HashMap<>());
                    // each node as [label, node, hops], read as plain values: a wide lineage's thousands of values
                    // are not each made a driver Value first (docs/benchmarks.md, "Lineage DOWN's throughput")
                    for (Object each : (List<?>) r.plain("nodes")) {
                        var n = (List<?>) each;
                        NodeType type = type((String) n.get(0));
                        Object read = n.get(1);
                        Node node = read instanceof String key
                                ? nodes.read(type, Values.value(key))
                                : nodes.read(type, Values.value(read));
                        GlobalId id = node.globalId();
                        var hops = (List<?>) n.get(2);
                        var out = new ArrayList<Hop>(hops.size());
                        for (Object hop : hops) {
                            out.add(hop(id, (List<?>) hop));
                        }
                        reached.nodes().put(id, node);
                        reached.hops().put(id, out);
                    }
                    return reached;
                });
    }

    /** A hop from {@code parent} read as plain values: the same as {@link #hop(GlobalId, Value)}. */
    private static Hop hop(GlobalId parent, List<?> hop) {
        Object provenance = hop.get(4);
        return Hop.between(
                parent,
                type((String) hop.get(2)).id((String) hop.get(1)),
                (Boolean) hop.get(3),
                Relation.valueOf((String) hop.get(0)),
                provenance == null ? List.of() : Provenance.from(Values.value(provenance)));
    }

    /**
     * What {@link #whole} read.
     *
     * @param root  the root's id
     * @param wide  true when the lineage reaches the cap: nothing else was read
     * @param nodes every node within the depth, loaded
     * @param hops  the hops out of each node
     */
    record Reached(GlobalId root, boolean wide, Map<GlobalId, Node> nodes, Map<GlobalId, List<Hop>> hops) {}

    /** The root alone: the first of the candidate ids that exists; empty when none does. */
    Optional<GlobalId> root(List<GlobalId> candidates) {
        var keys = byType(candidates);
        return reads.query(LineageCypher.ROOT + "\nRETURN root.key AS root, labels(root)[0] AS rootLabel")
                .bind("documents", keys.get(NodeType.DOCUMENT))
                .bind("items", keys.get(NodeType.PLAN_ITEM))
                .one(r -> id(r.get("rootLabel"), r.get("root")));
    }

    /**
     * Every relationship of the followed relations from the frontier's nodes, one way or the other; successions only
     * those in force on {@code asOf}.
     */
    List<Hop> hops(
            Collection<GlobalId> frontier,
            Direction direction,
            Collection<Relation> relations,
            LocalDate asOf,
            boolean withProvenance) {
        var keys = byType(frontier);
        String cypher = LineageCypher.hops(direction);
        return reads.query(cypher)
                .bind("documents", keys.get(NodeType.DOCUMENT))
                .bind("items", keys.get(NodeType.PLAN_ITEM))
                .bind("agencies", keys.get(NodeType.AGENCY))
                .bind("relations", names(relations))
                .bind("asOf", asOf)
                .bind("withProvenance", withProvenance)
                .list(r -> hop(id(r.get("parentLabel"), r.get("parent")), r.get("hop")));
    }

    /** A hop from {@code parent}: [relation, child key, child label, child is the derived end, provenance]. */
    private static Hop hop(GlobalId parent, Value hop) {
        Value provenance = hop.get(4);
        return Hop.between(
                parent,
                type(hop.get(2)).id(hop.get(1).asString()),
                hop.get(3).asBoolean(),
                Relation.valueOf(hop.get(0).asString()),
                provenance.isNull() ? List.of() : Provenance.from(provenance));
    }

    private static Map<NodeType, List<String>> byType(Collection<GlobalId> ids) {
        var keys = new EnumMap<NodeType, List<String>>(NodeType.class);
        for (NodeType type : NodeType.values()) {
            keys.put(type, new ArrayList<>());
        }
        ids.forEach(id -> keys.get(id.type()).add(id.key()));
        return keys;
    }

    private static List<String> names(Collection<Relation> relations) {
        return relations.stream().map(Relation::name).toList();
    }

    private static GlobalId id(Value label, Value key) {
        return type(label).id(key.asString());
    }

    private static NodeType type(Value label) {
        return type(label.asString());
    }

    private static NodeType type(String label) {
        return NodeType.byLabel(label).orElseThrow();
    }
}
