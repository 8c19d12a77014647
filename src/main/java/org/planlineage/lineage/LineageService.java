package org.planlineage.lineage;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planlineage.graph.BareNode;
import org.planlineage.graph.GlobalId;
import org.planlineage.graph.Node;
import org.planlineage.graph.NodeLoader;
import org.planlineage.graph.NodeType;
import org.planlineage.graph.Relation;
import org.planlineage.graphql.ApiException;
import org.springframework.stereotype.Service;

/**
 * Answers {@code Query.lineage}: checks the bounds asked for, reads the whole lineage in one statement (root, nodes
 * and hops, {@link LineageQueries#whole}) and walks it in memory ({@link LineageWalk}); lists the paths when the query
 * selects them ({@link LineagePaths}). A lineage wider than the node bound is walked hop by hop instead, one
 * statement per hop for the whole frontier and one per kind of node to load, so that its cost stays bounded; so is a
 * lineage DOWN that follows successions on a date (SUCCEEDED_BY, see {@link #followsSuccessions}).
 */
@Service
class LineageService {

    /** The walk's order within a hop: parent key, relation, child key, as the hop-by-hop statement orders it. */
    private static final Comparator<Hop> HOP_ORDER = (a, b) -> {
        int order = a.parent().key().compareTo(b.parent().key());
        if (order == 0) {
            order = a.relation().name().compareTo(b.relation().name());
        }
        return order != 0 ? order : a.child().key().compareTo(b.child().key());
    };

    /** The order of an answer's nodes: by hop count, then by id as the API writes it. */
    private static final Comparator<Ranked> NODE_ORDER =
            Comparator.comparingInt(Ranked::degree).thenComparing(Ranked::written);

    /** A node reached, with its id written once for the ordering. */
    private record Ranked(int degree, String written, GlobalId id) {}

    private final LineageQueries queries;
    private final NodeLoader nodes;
    private final LineageProperties limits;

    LineageService(LineageQueries queries, NodeLoader nodes, LineageProperties limits) {
        this.queries = queries;
        this.nodes = nodes;
        this.limits = limits;
    }

    /**
     * @param asOf           the date on which successions are followed (DOWN only; null: none unless SUCCEEDED_BY is
     *                       asked for, then today)
     * @param selected       what the query selects: the kinds of node read in full, provenance, paths
     */
    Lineage lineage(
            String from,
            Direction direction,
            Integer maxDepth,
            List<Relation> relations,
            LocalDate asOf,
            LineageSelection selected) {
        int depth = maxDepth == null ? 10 : maxDepth;
        if (depth < 1 || depth > limits.maxDepth()) {
            throw ApiException.badRequest("'maxDepth' must be between 1 and " + limits.maxDepth()
                    + " (the server's lineage depth limit, app.lineage.max-depth), got " + depth);
        }
        if (asOf != null && direction == Direction.UP) {
            throw ApiException.badRequest("'asOf' applies to direction DOWN (who answers on a date); a lineage UP"
                    + " follows documents only: leave asOf out");
        }
        List<GlobalId> candidates = LineageRoot.candidates(from);
        List<Relation> followed = followed(relations, asOf);
        // successions are followed on a date: the one asked for, or today when SUCCEEDED_BY is asked for without one
        LocalDate on = asOf != null ? asOf : LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

        GlobalId root;
        LineageWalk.Result walked;
        if (followsSuccessions(direction, followed)) {
            // the one-statement walk does not follow successions: walked hop by hop, as the reorganisation's walk is
            root = queries.root(candidates).orElseThrow(() -> LineageRoot.notFound(from));
            return hopByHop(root, direction, depth, followed, on, selected);
        }
        int cap = limits.maxNodes() + 1;
        var reached = queries.whole(
                        candidates, direction, depth, followed, selected.loadedNodes(), selected.provenance(), cap)
                .orElseThrow(() -> LineageRoot.notFound(from));
        root = reached.root();
        if (reached.wide()) {
            return hopByHop(root, direction, depth, followed, on, selected);
        }
        // every node within the depth was read: the walk runs in memory, on the same hops in the same order
        walked = LineageWalk.walk(root, depth, limits.maxNodes(), frontier -> {
            var hops = new ArrayList<Hop>();
            frontier.forEach(id -> hops.addAll(reached.hops().getOrDefault(id, List.of())));
            hops.sort(HOP_ORDER);
            return hops;
        });
        return answer(root, walked, reached.nodes(), selected.paths());
    }

    /** The walk one statement per frontier, then the reached nodes loaded by key: successions, or too wide for one. */
    private Lineage hopByHop(
            GlobalId root,
            Direction direction,
            int depth,
            List<Relation> followed,
            LocalDate on,
            LineageSelection selected) {
        LineageWalk.Result walked = LineageWalk.walk(
                root,
                depth,
                limits.maxNodes(),
                frontier -> queries.hops(frontier, direction, followed, on, selected.provenance()));
        return answer(root, walked, load(walked.degrees().keySet(), selected.loadedNodes()), selected.paths());
    }

    /** The nodes reached: those of the kinds read in full loaded by key, the others by their id alone. */
    private Map<GlobalId, Node> load(Collection<GlobalId> reached, Set<NodeType> loadedNodes) {
        var found = new HashMap<GlobalId, Node>(nodes.load(
                reached.stream().filter(id -> loadedNodes.contains(id.type())).toList()));
        reached.stream()
                .filter(id -> !loadedNodes.contains(id.type()))
                .forEach(id -> found.put(id, new BareNode(id.type(), id.key())));
        return found;
    }

    /**
     * Whether the lineage follows successions: DOWN on a date, or with SUCCEEDED_BY asked for. The one-statement walk
     * ({@link LineageQueries#whole}) reads documents, rows, units and group members only; a walk through successions
     * (filtered by their dates) keeps the reorganisation's hop-by-hop walk instead ({@link LineageQueries#hops}).
     */
    private static boolean followsSuccessions(Direction direction, List<Relation> followed) {
        return direction == Direction.DOWN && followed.contains(Relation.SUCCEEDED_BY);
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

    /** The lineage as the API serves it: nodes by degree, edges, and the paths when selected. */
    private Lineage answer(GlobalId root, LineageWalk.Result walked, Map<GlobalId, Node> loaded, boolean withPaths) {
        // each id written once: it orders the nodes and names the edges' ends
        var written = new HashMap<GlobalId, String>(walked.degrees().size() * 2);
        var ranked = new ArrayList<Ranked>(walked.degrees().size());
        walked.degrees().forEach((id, degree) -> {
            String text = id.toString();
            written.put(id, text);
            ranked.add(new Ranked(degree, text, id));
        });
        ranked.sort(NODE_ORDER);
        var lineageNodes = new ArrayList<Lineage.Node>(ranked.size());
        ranked.forEach(r -> lineageNodes.add(new Lineage.Node(r.degree(), loaded.get(r.id()))));
        var edges = new ArrayList<Lineage.Edge>(walked.edges().size());
        walked.edges()
                .forEach(h -> edges.add(
                        new Lineage.Edge(written.get(h.from()), written.get(h.to()), h.relation(), h.provenance())));
        boolean pathsCut = false;
        var paths = new ArrayList<Lineage.Path>();
        if (withPaths) {
            var listed = LineagePaths.enumerate(root, walked.children(), loaded::containsKey, limits.maxPaths());
            listed.paths().forEach(hops -> paths.add(path(root, hops, loaded)));
            pathsCut = !listed.complete();
        }
        return new Lineage(
                lineageNodes.get(0),
                Collections.unmodifiableList(lineageNodes),
                Collections.unmodifiableList(edges),
                paths,
                walked.truncated() || pathsCut);
    }

    /** A path as the API serves it: the root, then each node reached with the relation and its provenance. */
    private static Lineage.Path path(GlobalId root, List<Hop> hops, Map<GlobalId, Node> loaded) {
        var steps = new ArrayList<Lineage.Step>(hops.size() + 1);
        steps.add(new Lineage.Step(loaded.get(root), null, List.of()));
        for (Hop h : hops) {
            steps.add(new Lineage.Step(loaded.get(h.child()), h.relation(), h.provenance()));
        }
        return new Lineage.Path(Collections.unmodifiableList(steps));
    }
}
