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
     * @param followed  every hop followed, in the order met
     * @param truncated true when a bound left out nodes that lie beyond
     */
    record Result(Map<GlobalId, Integer> degrees, List<Hop> edges, List<Hop> followed, boolean truncated) {

        /** The hops followed from each node, in the order met, for the enumeration of paths (made when asked). */
        Map<GlobalId, List<Hop>> children() {
            var children = new HashMap<GlobalId, List<Hop>>();
            followed.forEach(h ->
                    children.computeIfAbsent(h.parent(), k -> new ArrayList<>()).add(h));
            return children;
        }
    }

    private LineageWalk() {}

    static Result walk(GlobalId root, int maxDepth, int maxNodes, Function<List<GlobalId>, List<Hop>> expand) {
        var degrees = new LinkedHashMap<GlobalId, Integer>();
        degrees.put(root, 0);
        var met = new ArrayList<Hop>();
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
                met.add(h);
            }
            frontier = next;
        }
        return new Result(degrees, edges(new ArrayList<>(met)), Collections.unmodifiableList(met), truncated);
    }

    /**
     * Each edge once, the first hop met of those that are the same edge (same text {@code "<from> <relation> <to>"}),
     * ordered by that text: a stable sort keeps the hops of one edge in the order met, then all but the first go.
     */
    private static List<Hop> edges(List<Hop> met) {
        met.sort(Hop.EDGE_ORDER);
        var edges = new ArrayList<Hop>(met.size());
        for (Hop h : met) {
            if (edges.isEmpty() || Hop.EDGE_ORDER.compare(edges.get(edges.size() - 1), h) != 0) {
                edges.add(h);
            }
        }
        return Collections.unmodifiableList(edges);
    }
}
