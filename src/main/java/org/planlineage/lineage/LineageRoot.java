package org.planlineage.lineage;

import java.util.List;
import java.util.Optional;
import org.planlineage.graph.GlobalId;
import org.planlineage.graph.NodeLoader;
import org.planlineage.graph.NodeType;
import org.planlineage.graphql.ApiException;
import org.springframework.stereotype.Component;

/** Finds where a lineage starts: an existing Document or PlanItem, named by its global id or by its bare key. */
@Component
class LineageRoot {

    /** The kinds a lineage may start at, in the order a bare key is tried. */
    private static final List<NodeType> STARTS = List.of(NodeType.DOCUMENT, NodeType.PLAN_ITEM);

    private final NodeLoader nodes;

    LineageRoot(NodeLoader nodes) {
        this.nodes = nodes;
    }

    /** The root's global id; BAD_REQUEST for another kind of node, NOT_FOUND when there is no such node. */
    GlobalId resolve(String from) {
        Optional<GlobalId> id = GlobalId.parse(from);
        List<GlobalId> candidates;
        if (id.isPresent()) {
            if (!STARTS.contains(id.get().type())) {
                throw ApiException.badRequest("A lineage starts at a Document or a PlanItem; '" + from + "' is an "
                        + id.get().type().typeName());
            }
            candidates = List.of(id.get());
        } else {
            candidates = STARTS.stream().map(type -> type.id(from)).toList();
        }
        for (GlobalId candidate : candidates) {
            if (nodes.load(candidate) != null) {
                return candidate;
            }
        }
        throw ApiException.notFound("No document or plan item with id or key '" + from + "'");
    }
}
