package org.planlineage.lineage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.planlineage.graph.GlobalId;

/**
 * The breadth-first walk of a lineage and its bounds, as pure code: {@code expand} answers the hops from a frontier
 * (one statement per hop in the service), and the walk decides what to keep. Each node is kept once, at its smallest
 * hop count (a cycle ends where it would repeat); each edge once (a diamond has its two edges, not two copies of its
 * top); the walk stops at {@code maxDepth} or at {@code maxNodes} nodes, and then says whether the cut hid anything.
 */
final class LineageWalk {

    /**
     * What the walk reached.
     *
     * @param degrees   every node kept, with its hop count from the root, in the order reached
     * @param edges     every edge followed, once, ordered by from, relation, to
     * @param children  the hops followed from each node, in the order met, for the enumeration of paths
     * @param truncated true when a bound left out nodes that lie beyond
     */
    record Result(
            Map<GlobalId, Integer> degrees, List<Hop> edges, Map<GlobalId, List<Hop>> children, boolean truncated) {}

    private LineageWalk() {}

    static Result walk(GlobalId root, int maxDepth, int maxNodes, Function<List<GlobalId>, List<Hop>> expand) {
        var degrees = new LinkedHashMap<GlobalId, Integer>();
        degrees.put(root, 0);
        var edges = new HashMap<Hop.Edge, Hop>();
        var children = new HashMap<GlobalId, List<Hop>>();
        boolean truncated = false;
        List<GlobalId> frontier = List.of(root);
        for (int hop = 1; !frontier.isEmpty(); hop++) {
            List<Hop> hops = expand.apply(frontier);
            if (hop > maxDepth) {
                // one look past the limit, only to tell the caller whether the cut hid anything
                truncated = hops.stream().anyMatch(h -> !degrees.containsKey(h.child()));
                break;
            }
            var next = new ArrayList<GlobalId>();
            for (Hop h : hops) {
                if (!degrees.containsKey(h.child())) {
                    if (degrees.size() >= maxNodes) {
                        truncated = true;
                        continue;
                    }
                    degrees.put(h.child(), hop);
                    next.add(h.child());
                }
                edges.putIfAbsent(h.edge(), h);
                children.computeIfAbsent(h.parent(), k -> new ArrayList<>()).add(h);
            }
            frontier = next;
        }
        var ordered = new ArrayList<>(edges.values());
        ordered.sort(Hop.EDGE_ORDER);
        return new Result(degrees, Collections.unmodifiableList(ordered), children, truncated);
    }
}
