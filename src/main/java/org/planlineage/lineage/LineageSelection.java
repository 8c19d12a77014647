package org.planlineage.lineage;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.planlineage.graph.NodeType;

/**
 * What a lineage request selects, as far as the reading depends on it: the kinds of node whose properties are read
 * (a kind of which only {@code id} or {@code key} is selected is answered by its key alone), whether the edges' provenance is read,
 * whether the paths are listed. Each is a choice among the statement texts or a parameter, never text from the
 * request.
 *
 * @param loadedNodes the kinds of node read in full (any field but {@code id} and {@code key} selected on them)
 * @param provenance  whether edges or steps select their provenance (the largest properties of an edge)
 * @param paths       whether the paths are selected (the costly part of a large lineage)
 */
record LineageSelection(Set<NodeType> loadedNodes, boolean provenance, boolean paths) {

    /** Everything read: every kind in full, provenance and paths. */
    static final LineageSelection EVERYTHING = new LineageSelection(EnumSet.allOf(NodeType.class), true, true);

    /** Where a lineage answer holds nodes: the root, every node, every step of every path. */
    private static final List<String> NODES = List.of("root/node/*", "nodes/node/*", "paths/steps/node/*");

    /** The fields a node answers from its key alone ({@code __typename} from its kind). */
    private static final Set<String> BARE = Set.of("id", "key", "__typename");

    LineageSelection {
        loadedNodes = Set.copyOf(loadedNodes);
    }

    /** What the selection of {@code Query.lineage} asks for. */
    static LineageSelection of(DataFetchingFieldSelectionSet selected) {
        var loaded = EnumSet.noneOf(NodeType.class);
        for (String nodes : NODES) {
            for (SelectedField field : selected.getFields(nodes)) {
                if (!BARE.contains(field.getName())) {
                    // a field of the Node interface or of one kind (... on Document { number }): those kinds
                    field.getObjectTypeNames()
                            .forEach(type -> NodeType.byLabel(type).ifPresent(loaded::add));
                }
            }
        }
        return new LineageSelection(
                loaded,
                selected.contains("edges/provenance") || selected.contains("paths/steps/provenance"),
                selected.contains("paths"));
    }
}
