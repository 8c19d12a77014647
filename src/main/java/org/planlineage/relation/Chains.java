package org.planlineage.relation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.planlineage.graph.GlobalId;

/**
 * Folds shortest paths into chains: paths that pass the same nodes in the same order are one chain, whose steps hold
 * every relation the paths take between those two nodes (two documents linked both as IMPLEMENTS and LEGAL_BASIS are
 * one step, not two chains). Chains are ordered by their nodes' ids, so an answer is the same at every call. Pure
 * code.
 */
final class Chains {

    /** A chain's nodes in order, and for each step the relations between its two nodes. */
    record Chain(List<GlobalId> nodes, List<List<RelationQueries.Link>> steps) {}

    private Chains() {}

    static List<Chain> fold(List<RelationSearch.Path> paths) {
        var byNodes = new LinkedHashMap<List<GlobalId>, List<Set<RelationQueries.Link>>>();
        for (RelationSearch.Path p : paths) {
            var steps = byNodes.computeIfAbsent(p.nodes(), n -> {
                var empty = new ArrayList<Set<RelationQueries.Link>>();
                for (int i = 0; i < n.size() - 1; i++) {
                    empty.add(new LinkedHashSet<>());
                }
                return empty;
            });
            for (int i = 0; i < p.links().size(); i++) {
                steps.get(i).add(p.links().get(i));
            }
        }
        var chains = new ArrayList<Chain>();
        byNodes.forEach((nodes, steps) -> chains.add(new Chain(
                nodes,
                steps.stream()
                        .map(s -> s.stream()
                                .sorted(Comparator.comparing((RelationQueries.Link l) -> l.relation())
                                        .thenComparing(l -> l.from().toString()))
                                .toList())
                        .toList())));
        chains.sort(Comparator.comparing(c -> c.nodes().toString()));
        return chains;
    }
}
