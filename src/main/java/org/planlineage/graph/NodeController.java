package org.planlineage.graph;

import java.util.List;
import java.util.Optional;
import org.planlineage.graphql.ApiException;
import org.planlineage.graphql.Paging;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Serves {@code Query.node} and {@code Query.nodes}: any entity by its global id. */
@Controller
class NodeController {

    private final NodeLoader nodes;

    NodeController(NodeLoader nodes) {
        this.nodes = nodes;
    }

    @QueryMapping
    Node node(@Argument String id) {
        Node found = GlobalId.parse(id).map(nodes::load).orElse(null);
        if (found == null) {
            throw ApiException.notFound("No entity with id '" + id + "'; ids look like 'Document:742-qd-ubnd-2023'");
        }
        return found;
    }

    /** In the order given, one statement per type named among the ids; null for an unknown or malformed id. */
    @QueryMapping
    List<Node> nodes(@Argument List<String> ids) {
        if (ids.size() > Paging.MAX_FIRST) {
            throw ApiException.badRequest("'ids' may hold at most " + Paging.MAX_FIRST + " ids, got " + ids.size());
        }
        List<Optional<GlobalId>> parsed = ids.stream().map(GlobalId::parse).toList();
        var found = nodes.load(parsed.stream().flatMap(Optional::stream).toList());
        return parsed.stream().map(id -> id.map(found::get).orElse(null)).toList();
    }
}
