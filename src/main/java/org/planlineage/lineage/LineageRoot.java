package org.planlineage.lineage;

import java.util.List;
import java.util.Optional;
import org.planlineage.graph.GlobalId;
import org.planlineage.graph.NodeType;
import org.planlineage.graphql.ApiException;

/**
 * Where a lineage may start: a Document or PlanItem, named by its global id or by its bare key. Pure: the lineage's
 * own statement looks the candidates up, so that finding the root costs no statement of its own.
 */
final class LineageRoot {

    /** The kinds a lineage may start at, in the order a bare key is tried. */
    private static final List<NodeType> STARTS = List.of(NodeType.DOCUMENT, NodeType.PLAN_ITEM);

    private LineageRoot() {}

    /** The ids the root may have, in the order to try them; BAD_REQUEST for an id of another kind of node. */
    static List<GlobalId> candidates(String from) {
        Optional<GlobalId> id = GlobalId.parse(from);
        if (id.isPresent()) {
            if (!STARTS.contains(id.get().type())) {
                throw ApiException.badRequest("A lineage starts at a Document or a PlanItem; '" + from + "' is an "
                        + id.get().type().typeName());
            }
            return List.of(id.get());
        }
        return STARTS.stream().map(type -> type.id(from)).toList();
    }

    /** NOT_FOUND: none of the candidates exists. */
    static ApiException notFound(String from) {
        return ApiException.notFound("No document or plan item with id or key '" + from + "'");
    }
}
