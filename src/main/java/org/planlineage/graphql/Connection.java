package org.planlineage.graphql;

import java.util.List;

/** A Relay connection as the SDL declares it: edges, nodes, pageInfo and totalCount. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {

    public record Edge<T>(String cursor, T node) {}

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {}

    public List<T> nodes() {
        return edges.stream().map(Edge::node).toList();
    }
}
