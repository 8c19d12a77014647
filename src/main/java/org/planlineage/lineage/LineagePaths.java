package org.planlineage.lineage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.planlineage.graph.GlobalId;

/**
 * Enumerates the paths of a walked lineage, as pure code: depth-first from the root, every path to a node with
 * nothing further (a top UP, a bottom DOWN), each as the hops taken. A node already on the path is not entered again,
 * so a cycle ends where it would repeat. Children are taken in the order of their ids, then relations, so the listing
 * is stable; past {@code maxPaths} the listing stops and says so.
 */
final class LineagePaths {

    /**
     * @param paths    every path, as the hops from the root; an empty list is the root alone
     * @param complete false when {@code maxPaths} cut the listing
     */
    record Result(List<List<Hop>> paths, boolean complete) {}

    /**
     * The order of a node's children: by the child's id as the API writes it ({@code Document:742-qd-ubnd-2023}),
     * compared piece by piece without writing it ({@link TextOrder}), then by relation.
     */
    private static final Comparator<Hop> BY_CHILD_THEN_RELATION = ((Comparator<Hop>)
                    (a, b) -> TextOrder.compare(a, b, LineagePaths::childPiece, 3))
            .thenComparing(h -> h.relation().name());

    /** The pieces of a child's id: its type name, a colon, its key. */
    private static String childPiece(Hop h, int i) {
        return switch (i) {
            case 0 -> h.child().type().typeName();
            case 1 -> ":";
            default -> h.child().key();
        };
    }

    private final Map<GlobalId, List<Hop>> children;
    private final Predicate<GlobalId> inLineage;
    private final int maxPaths;
    private final List<List<Hop>> out = new ArrayList<>();

    private LineagePaths(Map<GlobalId, List<Hop>> children, Predicate<GlobalId> inLineage, int maxPaths) {
        this.children = children;
        this.inLineage = inLineage;
        this.maxPaths = maxPaths;
    }

    /**
     * @param children  the hops followed from each node
     * @param inLineage whether a node belongs to the lineage (a node the answer does not hold is not entered)
     */
    static Result enumerate(
            GlobalId root, Map<GlobalId, List<Hop>> children, Predicate<GlobalId> inLineage, int maxPaths) {
        var enumeration = new LineagePaths(children, inLineage, maxPaths);
        boolean complete = enumeration.visit(root, new ArrayList<>(), new HashSet<>());
        return new Result(List.copyOf(enumeration.out), complete);
    }

    private boolean visit(GlobalId at, List<Hop> path, Set<GlobalId> onPath) {
        onPath.add(at);
        // the hops onward, in a stable order (most nodes have one or two)
        var next = new ArrayList<Hop>();
        for (Hop h : children.getOrDefault(at, List.of())) {
            if (!onPath.contains(h.child()) && inLineage.test(h.child())) {
                next.add(h);
            }
        }
        next.sort(BY_CHILD_THEN_RELATION);
        boolean complete = true;
        if (next.isEmpty()) {
            if (out.size() >= maxPaths) {
                complete = false;
            } else {
                out.add(List.copyOf(path));
            }
        }
        for (Hop h : next) {
            if (!complete) {
                break;
            }
            path.add(h);
            complete = visit(h.child(), path, onPath);
            path.remove(path.size() - 1);
        }
        onPath.remove(at);
        return complete;
    }
}
