package org.planlineage.search;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import java.util.EnumSet;
import java.util.Set;
import org.planlineage.graph.BareNode;
import org.planlineage.graph.NodeType;

/**
 * Which kinds of node a search request reads in full: those of which it selects any field but {@code id} and
 * {@code key} under {@code node} (a field of the {@code Node} interface, or of one kind with {@code ... on Document}).
 * The others are answered by their key alone, as a lineage's are (docs/decisions.md "Lineage"); the snippet's words
 * are read whatever the selection.
 */
final class HitSelection {

    private HitSelection() {}

    static Set<NodeType> loadedKinds(DataFetchingFieldSelectionSet selected) {
        var loaded = EnumSet.noneOf(NodeType.class);
        for (SelectedField field : selected.getFields("node/*")) {
            if (BareNode.needsMore(field.getName())) {
                field.getObjectTypeNames()
                        .forEach(type -> NodeType.byLabel(type).ifPresent(loaded::add));
            }
        }
        return loaded;
    }
}
