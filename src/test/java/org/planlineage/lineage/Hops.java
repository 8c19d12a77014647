package org.planlineage.lineage;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.planlineage.graph.GlobalId;
import org.planlineage.graph.NodeType;
import org.planlineage.graph.Relation;

/** A small graph of documents for the pure lineage tests: hops written as "a LEGAL_BASIS b", walked upwards. */
final class Hops {

    private Hops() {}

    static GlobalId doc(String key) {
        return NodeType.DOCUMENT.id(key);
    }

    /** "a REL b": a up to b, walked upwards (the walk's direction is the relation's). */
    static Hop hop(String statement) {
        String[] p = statement.split(" ");
        return new Hop(doc(p[0]), doc(p[2]), doc(p[0]), doc(p[2]), Relation.valueOf(p[1]), List.of());
    }

    /** The hops from each node, as the walk would have kept them. */
    static Map<GlobalId, List<Hop>> children(String... statements) {
        return List.of(statements).stream().map(Hops::hop).collect(Collectors.groupingBy(Hop::parent));
    }

    /** What the walking statement would answer for a frontier: every hop whose parent is in it. */
    static Function<List<GlobalId>, List<Hop>> graph(String... statements) {
        List<Hop> all = List.of(statements).stream().map(Hops::hop).toList();
        return frontier ->
                all.stream().filter(h -> frontier.contains(h.parent())).toList();
    }

    /** A path as "a -REL-> b -REL-> c". */
    static String written(GlobalId root, List<Hop> path) {
        var out = new StringBuilder(root.key());
        path.forEach(h -> out.append(" -")
                .append(h.relation())
                .append("-> ")
                .append(h.child().key()));
        return out.toString();
    }
}
