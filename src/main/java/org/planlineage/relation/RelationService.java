package org.planlineage.relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.planlineage.document.Provenance;
import org.planlineage.document.ProvenanceQueries;
import org.planlineage.graph.GlobalId;
import org.planlineage.graph.Node;
import org.planlineage.graph.NodeLoader;
import org.planlineage.graph.NodeType;
import org.planlineage.graph.Relation;
import org.planlineage.graphql.ApiException;
import org.planlineage.indicator.PlanItem;
import org.planlineage.lineage.Direction;
import org.springframework.stereotype.Service;

/**
 * Answers {@code Query.relation}: checks the bounds, finds both ends, runs one search statement ({@link
 * RelationQueries}), folds paths that pass the same nodes into one chain (two documents linked both as IMPLEMENTS
 * and as LEGAL_BASIS are one step with two relations), loads the nodes with one statement per kind and words each
 * step ({@link Statements}).
 */
@Service
class RelationService {

    static final int DEFAULT_DEPTH = 6;

    private final RelationQueries queries;
    private final NodeLoader nodes;
    private final RelationProperties limits;
    private final ProvenanceQueries provenance;

    RelationService(
            RelationQueries queries, NodeLoader nodes, RelationProperties limits, ProvenanceQueries provenance) {
        this.queries = queries;
        this.nodes = nodes;
        this.limits = limits;
        this.provenance = provenance;
    }

    RelationAnswer relation(String between, String and, Integer maxDepth, List<Relation> relations) {
        int depth = maxDepth == null ? Math.min(DEFAULT_DEPTH, limits.maxDepth()) : maxDepth;
        if (depth < 1 || depth > limits.maxDepth()) {
            throw ApiException.badRequest("'maxDepth' must be between 1 and " + limits.maxDepth()
                    + " (the server's relation depth limit, app.relation.max-depth), got " + depth);
        }
        List<Relation> followed = relations == null || relations.isEmpty() ? RelationQueries.CONNECTING : relations;
        for (Relation r : followed) {
            if (!RelationQueries.CONNECTING.contains(r)) {
                throw ApiException.badRequest("A relation connects documents and rows through "
                        + RelationQueries.CONNECTING + "; " + r + " links units and is not followed");
            }
        }
        GlobalId a = resolve(between, "between");
        GlobalId b = resolve(and, "and");
        if (a.equals(b)) {
            Map<GlobalId, Node> loaded = load(List.of(a));
            String name = Names.of(a, loaded);
            return new RelationAnswer(
                    loaded.get(a),
                    loaded.get(a),
                    depth,
                    0,
                    List.of(new RelationAnswer.Chain(List.of(loaded.get(a)), List.of(), name)),
                    false,
                    "'between' and 'and' name the same node, " + name + ": a chain of no step.");
        }
        var searched = RelationSearch.search(
                a,
                b,
                depth,
                (frontier, limit) -> queries.hops(frontier, followed, limit),
                limits.maxNodes(),
                limits.maxPaths());
        var paths = searched.paths();
        var chains = Chains.fold(paths);
        var ids = new HashSet<GlobalId>(List.of(a, b));
        chains.forEach(c -> ids.addAll(c.nodes()));
        Map<GlobalId, Node> loaded = load(ids);
        var kept = chains.stream().limit(limits.maxChains()).toList();
        // a row's place in its table is the fact that it stands in its document: read only for such links
        var rows = provenance.ofNodes(
                NodeType.PLAN_ITEM,
                kept.stream()
                        .flatMap(c -> c.steps().stream())
                        .flatMap(List::stream)
                        .filter(l -> l.relation() == Relation.SET_IN && l.from().type() == NodeType.PLAN_ITEM)
                        .map(l -> l.from().key())
                        .distinct()
                        .toList());
        var answered = kept.stream().map(c -> chain(c, loaded, rows)).toList();
        boolean truncated = searched.cut() || chains.size() > limits.maxChains() || paths.size() >= limits.maxPaths();
        Integer length = chains.isEmpty() ? null : chains.get(0).nodes().size() - 1;
        return new RelationAnswer(
                loaded.get(a),
                loaded.get(b),
                depth,
                length,
                answered,
                truncated,
                summary(a, b, loaded, depth, chains, searched.cut()));
    }

    private String summary(
            GlobalId a, GlobalId b, Map<GlobalId, Node> loaded, int depth, List<Chains.Chain> chains, boolean cut) {
        String first = Names.dated(a, loaded, null);
        String second = Names.dated(b, loaded, loaded.get(a));
        if (chains.isEmpty() && cut) {
            return "No chain connecting " + first + " and " + second + " was found before the search reached "
                    + limits.maxNodes() + " documents and rows (app.relation.max-nodes); a longer search might find "
                    + "one.";
        }
        if (chains.isEmpty()) {
            return "No chain of at most " + depth + (depth == 1 ? " step" : " steps") + " connects " + first + " and "
                    + second + ".";
        }
        int steps = chains.get(0).nodes().size() - 1;
        return Names.capitalised(first) + " and " + second + " are connected by " + chains.size()
                + (chains.size() == 1 ? " shortest chain" : " shortest chains") + " of " + steps
                + (steps == 1 ? " step." : " steps.");
    }

    private RelationAnswer.Chain chain(Chains.Chain c, Map<GlobalId, Node> loaded, Map<String, List<Provenance>> rows) {
        var steps = new ArrayList<RelationAnswer.Step>();
        var sentences = new ArrayList<String>();
        for (int i = 0; i < c.steps().size(); i++) {
            GlobalId from = c.nodes().get(i);
            GlobalId to = c.nodes().get(i + 1);
            var links = new ArrayList<RelationAnswer.Link>();
            for (RelationQueries.Link l : c.steps().get(i)) {
                String statement = Statements.of(
                        l.relation(),
                        Names.of(l.from(), loaded),
                        Names.of(l.to(), loaded),
                        l.from().type() == NodeType.PLAN_ITEM);
                var provenance = l.relation() == Relation.SET_IN && l.from().type() == NodeType.PLAN_ITEM
                        ? rows.getOrDefault(l.from().key(), List.of())
                        : l.provenance();
                links.add(new RelationAnswer.Link(
                        l.relation(), l.from().equals(from) ? Direction.UP : Direction.DOWN, statement, provenance));
                sentences.add(statement);
            }
            steps.add(new RelationAnswer.Step(loaded.get(from), loaded.get(to), List.copyOf(links)));
        }
        return new RelationAnswer.Chain(
                c.nodes().stream().map(loaded::get).toList(),
                List.copyOf(steps),
                Names.capitalised(String.join("; ", sentences)) + ".");
    }

    /** The nodes, and the documents of the rows among them (a row is named with its document). */
    private Map<GlobalId, Node> load(java.util.Collection<GlobalId> ids) {
        Map<GlobalId, Node> loaded = new LinkedHashMap<>(nodes.load(ids));
        var documents = loaded.values().stream()
                .filter(n -> n instanceof PlanItem)
                .map(n -> NodeType.DOCUMENT.id(((PlanItem) n).documentKey()))
                .filter(id -> !loaded.containsKey(id))
                .toList();
        loaded.putAll(nodes.load(documents));
        return loaded;
    }

    /** A Document or PlanItem by global id or bare key; BAD_REQUEST for another kind, NOT_FOUND when none. */
    private GlobalId resolve(String given, String argument) {
        Optional<GlobalId> id = GlobalId.parse(given);
        List<GlobalId> candidates;
        if (id.isPresent()) {
            if (id.get().type() != NodeType.DOCUMENT && id.get().type() != NodeType.PLAN_ITEM) {
                throw ApiException.badRequest("'" + argument + "' must name a Document or a PlanItem; '" + given
                        + "' is an " + id.get().type().typeName());
            }
            candidates = List.of(id.get());
        } else {
            candidates = List.of(NodeType.DOCUMENT.id(given), NodeType.PLAN_ITEM.id(given));
        }
        for (GlobalId candidate : candidates) {
            if (nodes.load(candidate) != null) {
                return candidate;
            }
        }
        throw ApiException.notFound(
                "No document or plan item with id or key '" + given + "' (argument '" + argument + "')");
    }
}
