package org.planlineage.lineage;

import graphql.language.Field;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import java.util.EnumSet;
import java.util.Set;
import org.planlineage.graph.BareNode;
import org.planlineage.graph.NodeType;
import org.planlineage.graph.SelectionWalk;

/**
 * What a lineage request selects, as far as the reading depends on it: the kinds of node whose properties are read
 * (a kind of which only {@code id} or {@code key} is selected is answered by its key alone), whether the edges'
 * provenance is read, whether the paths are listed. Each is a choice among the statement texts or a parameter, never
 * text from the request.
 *
 * <p>Read from the request's document itself ({@link SelectionWalk}), not from graphql-java's normalized operation:
 * building that for the whole operation was most of what a lineage UP request allocated (docs/benchmarks.md, "Lineage
 * UP at scale 1").
 *
 * @param loadedNodes the kinds of node read in full (any field but {@code id} and {@code key} selected on them)
 * @param provenance  whether edges or steps select their provenance (the largest properties of an edge)
 * @param paths       whether the paths are selected (the costly part of a large lineage)
 */
record LineageSelection(Set<NodeType> loadedNodes, boolean provenance, boolean paths) {

    /** Everything read: every kind in full, provenance and paths. */
    static final LineageSelection EVERYTHING = new LineageSelection(EnumSet.allOf(NodeType.class), true, true);

    LineageSelection {
        loadedNodes = Set.copyOf(loadedNodes);
    }

    /** What the selection of {@code Query.lineage} asks for. */
    static LineageSelection of(DataFetchingEnvironment env) {
        var reading = new Reading(SelectionWalk.of(env));
        reading.walk.fields(reading::lineage);
        return new LineageSelection(reading.loaded, reading.provenance, reading.paths);
    }

    /** One walk of the lineage field's selection; where the answer holds nodes: root, nodes, steps of paths. */
    private static final class Reading {

        private final SelectionWalk walk;
        private final EnumSet<NodeType> loaded = EnumSet.noneOf(NodeType.class);
        private boolean provenance;
        private boolean paths;

        Reading(SelectionWalk walk) {
            this.walk = walk;
        }

        void lineage(Field field) {
            switch (field.getName()) {
                case "root", "nodes" -> node(field.getSelectionSet(), "LineageNode");
                case "edges" ->
                    walk.fields(
                            field.getSelectionSet(),
                            f -> provenance |= f.getName().equals("provenance"));
                case "paths" -> {
                    paths = true;
                    walk.fields(field.getSelectionSet(), f -> {
                        if (f.getName().equals("steps")) {
                            node(f.getSelectionSet(), "LineageStep");
                            walk.fields(
                                    f.getSelectionSet(),
                                    s -> provenance |= s.getName().equals("provenance"));
                        }
                    });
                }
                default -> {}
            }
        }

        /** The {@code node} field of a lineage node or step: any field but the bare ones reads its possible kinds. */
        private void node(SelectionSet selection, String holder) {
            walk.fields(selection, field -> {
                if (field.getName().equals("node")) {
                    walk.fields(field.getSelectionSet(), walk.possibleTypes(holder, "node"), (f, kinds) -> {
                        if (BareNode.needsMore(f.getName())) {
                            kinds.forEach(type -> NodeType.byLabel(type).ifPresent(loaded::add));
                        }
                    });
                }
            });
        }
    }
}
