package org.planlineage.lineage;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.planlineage.graph.GlobalId;
import org.planlineage.graph.Node;
import org.planlineage.graph.NodeLoader;
import org.planlineage.graph.Relation;
import org.planlineage.graphql.ApiException;
import org.springframework.stereotype.Service;

/**
 * Answers {@code Query.lineage}: checks the bounds asked for, finds the root, walks the graph breadth-first with one
 * walking statement per hop ({@link LineageWalk}, {@link LineageQueries}), loads the nodes reached with one statement
 * per kind, and lists the paths when the query selects them ({@link LineagePaths}). A lineage of depth d costs at
 * most d + 1 walking statements and three loading statements, whatever its width.
 */
@Service
class LineageService {

    private final LineageQueries queries;
    private final LineageRoot roots;
    private final NodeLoader nodes;
    private final LineageProperties limits;

    LineageService(LineageQueries queries, LineageRoot roots, NodeLoader nodes, LineageProperties limits) {
        this.queries = queries;
        this.roots = roots;
        this.nodes = nodes;
        this.limits = limits;
    }

    Lineage lineage(
            String from,
            Direction direction,
            Integer maxDepth,
            List<Relation> relations,
            LocalDate asOf,
            boolean withPaths) {
        int depth = maxDepth == null ? 10 : maxDepth;
        if (depth < 1 || depth > limits.maxDepth()) {
            throw ApiException.badRequest("'maxDepth' must be between 1 and " + limits.maxDepth()
                    + " (the server's lineage depth limit, app.lineage.max-depth), got " + depth);
        }
        if (asOf != null && direction == Direction.UP) {
            throw ApiException.badRequest("'asOf' applies to direction DOWN (who answers on a date); a lineage UP"
                    + " follows documents only: leave asOf out");
        }
        GlobalId root = roots.resolve(from);
        List<Relation> followed = followed(relations, asOf);
        // successions are followed on a date: the one asked for, or today when SUCCEEDED_BY is asked for without one
        LocalDate on = asOf != null ? asOf : LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

        var walked = LineageWalk.walk(
                root, depth, limits.maxNodes(), frontier -> queries.hops(frontier, direction, followed, on));
        Map<GlobalId, Node> loaded = nodes.load(walked.degrees().keySet());
        var lineageNodes = walked.degrees().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<GlobalId, Integer> e) -> e.getValue())
                        .thenComparing(e -> e.getKey().toString()))
                .map(e -> new Lineage.Node(e.getValue(), loaded.get(e.getKey())))
                .toList();
        var edges = walked.edges().stream()
                .map(h -> new Lineage.Edge(h.from().toString(), h.to().toString(), h.relation(), h.provenance()))
                .toList();
        boolean pathsCut = false;
        var paths = new ArrayList<Lineage.Path>();
        if (withPaths) {
            var listed = LineagePaths.enumerate(root, walked.children(), loaded::containsKey, limits.maxPaths());
            listed.paths().forEach(hops -> paths.add(path(root, hops, loaded)));
            pathsCut = !listed.complete();
        }
        return new Lineage(lineageNodes.get(0), lineageNodes, edges, paths, walked.truncated() || pathsCut);
    }

    /** The relations asked for, or every derivation, and with a date the successions in force on it. */
    private static List<Relation> followed(List<Relation> relations, LocalDate asOf) {
        if (relations != null && !relations.isEmpty()) {
            return relations;
        }
        var followed = new ArrayList<>(Relation.followedByDefault());
        if (asOf != null) {
            followed.add(Relation.SUCCEEDED_BY);
        }
        return followed;
    }

    /** A path as the API serves it: the root, then each node reached with the relation and its provenance. */
    private static Lineage.Path path(GlobalId root, List<Hop> hops, Map<GlobalId, Node> loaded) {
        var steps = new ArrayList<Lineage.Step>();
        steps.add(new Lineage.Step(loaded.get(root), null, List.of()));
        hops.forEach(h -> steps.add(new Lineage.Step(loaded.get(h.child()), h.relation(), h.provenance())));
        return new Lineage.Path(List.copyOf(steps));
    }
}
