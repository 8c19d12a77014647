package org.planlineage.relation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.planlineage.graph.GlobalId;

/**
 * Every shortest path between two nodes, by a breadth-first search from both ends at once: each round expands the
 * smaller frontier by one hop (one statement for the whole frontier), keeping for each node all its predecessors at
 * the previous distance. The first round in which the two searches meet gives the length L, and every node at the
 * expanded side's new distance that the other side knows lies on shortest paths; the paths are its paths from one end
 * times its paths to the other. Pure code: the hops come from a function, so every shape is tested without a database.
 */
final class RelationSearch {

    /** A path found: its nodes in order, and the link taken between each two. */
    record Path(List<GlobalId> nodes, List<RelationQueries.Link> links) {}

    /** The outcome: the shortest paths (none when none is within the depth), and whether a bound cut the search. */
    record Result(List<Path> paths, boolean cut) {}

    /** One side of the search: distance and every shortest predecessor of each node reached. */
    private static final class Side {
        final Map<GlobalId, Integer> distance = new HashMap<>();
        final Map<GlobalId, List<RelationQueries.Hop>> parents = new HashMap<>();
        List<GlobalId> frontier;
        int radius;

        Side(GlobalId start) {
            distance.put(start, 0);
            frontier = List.of(start);
        }
    }

    private RelationSearch() {}

    /**
     * @param hops one hop from a frontier: (frontier, the most hops to return) to the hops
     * @param maxNodes the most nodes both sides may reach together; past it the search stops and says it was cut
     * @param maxPaths the most paths to list
     */
    static Result search(
            GlobalId a,
            GlobalId b,
            int maxDepth,
            BiFunction<Collection<GlobalId>, Integer, List<RelationQueries.Hop>> hops,
            int maxNodes,
            int maxPaths) {
        var from = new Side(a);
        var to = new Side(b);
        while (from.radius + to.radius < maxDepth && !from.frontier.isEmpty() && !to.frontier.isEmpty()) {
            Side side = from.frontier.size() <= to.frontier.size() ? from : to;
            Side other = side == from ? to : from;
            int room = maxNodes - from.distance.size() - to.distance.size();
            List<RelationQueries.Hop> found = hops.apply(side.frontier, room + 1);
            var next = new LinkedHashMap<GlobalId, Boolean>();
            for (RelationQueries.Hop h : found) {
                Integer known = side.distance.get(h.neighbour());
                if (known == null) {
                    side.distance.put(h.neighbour(), side.radius + 1);
                    next.put(h.neighbour(), true);
                }
                if (known == null || known == side.radius + 1) {
                    side.parents
                            .computeIfAbsent(h.neighbour(), k -> new ArrayList<>())
                            .add(h);
                }
            }
            side.radius++;
            side.frontier = List.copyOf(next.keySet());
            var meeting = side.frontier.stream()
                    .filter(other.distance::containsKey)
                    .sorted(Comparator.comparing(GlobalId::toString))
                    .toList();
            if (!meeting.isEmpty()) {
                return new Result(paths(meeting, from, to, maxPaths), found.size() > room);
            }
            if (found.size() > room) {
                return new Result(List.of(), true);
            }
        }
        return new Result(List.of(), false);
    }

    private static List<Path> paths(List<GlobalId> meeting, Side from, Side to, int maxPaths) {
        var result = new ArrayList<Path>();
        for (GlobalId m : meeting) {
            for (Path head : towards(m, from, maxPaths)) {
                for (Path tail : towards(m, to, maxPaths)) {
                    if (result.size() >= maxPaths) {
                        return result;
                    }
                    var nodes = new ArrayList<>(head.nodes());
                    var links = new ArrayList<>(head.links());
                    // the tail runs from the other end to m: reversed, it runs from m onwards
                    for (int i = tail.nodes().size() - 2; i >= 0; i--) {
                        nodes.add(tail.nodes().get(i));
                    }
                    for (int i = tail.links().size() - 1; i >= 0; i--) {
                        links.add(tail.links().get(i));
                    }
                    result.add(new Path(List.copyOf(nodes), List.copyOf(links)));
                }
            }
        }
        return result;
    }

    /** Every shortest path from a side's start to {@code node}, through the predecessors kept. */
    private static List<Path> towards(GlobalId node, Side side, int maxPaths) {
        var parents = side.parents.get(node);
        if (parents == null) {
            return List.of(new Path(List.of(node), List.of()));
        }
        var result = new ArrayList<Path>();
        for (RelationQueries.Hop h : parents) {
            for (Path p : towards(h.node(), side, maxPaths)) {
                if (result.size() >= maxPaths) {
                    return result;
                }
                var nodes = new ArrayList<>(p.nodes());
                nodes.add(node);
                var links = new ArrayList<>(p.links());
                links.add(h.link());
                result.add(new Path(List.copyOf(nodes), List.copyOf(links)));
            }
        }
        return result;
    }
}
