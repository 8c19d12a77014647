package org.planlineage.search;

import java.util.EnumSet;
import java.util.Set;
import org.planlineage.graph.BareNode;
import org.planlineage.graph.NodeType;
import org.planlineage.graph.SelectionWalk;

/**
 * Which kinds of node a search request reads in full: those of which it selects any field but {@code id} and
 * {@code key} under {@code node} (a field of the {@code Node} interface, or of one kind with {@code ... on Document}).
 * The others are answered by their key alone, as a lineage's are (docs/decisions.md "Lineage"). And whether it selects
 * the {@code snippet}: when it does not, no hit's words are read nor any snippet made. Read from the request's
 * document ({@link SelectionWalk}).
 */
final class HitSelection {

    private HitSelection() {}

    /** From the walk of a {@code Query.search} field. */
    static Set<NodeType> loadedKinds(SelectionWalk walk) {
        var loaded = EnumSet.noneOf(NodeType.class);
        var possible = walk.possibleTypes("SearchHit", "node");
        walk.at(
                node -> walk.fields(node.getSelectionSet(), possible, (field, kinds) -> {
                    if (BareNode.needsMore(field.getName())) {
                        kinds.forEach(type -> NodeType.byLabel(type).ifPresent(loaded::add));
                    }
                }),
                "node");
        return loaded;
    }

    /** Whether the request selects {@code snippet} (under any alias, through fragments, not skipped). */
    static boolean snippets(SelectionWalk walk) {
        boolean[] selected = {false};
        walk.fields(field -> selected[0] |= field.getName().equals("snippet"));
        return selected[0];
    }
}
