package org.planlineage.finding;

import java.util.List;
import org.planlineage.graphql.Connection;

/**
 * The {@code FindingConnection}: a Relay page of findings, the total over all pages, and how many findings of each
 * kind the other filters leave ({@code counts} is null unless the query selects it: it costs every rule).
 */
record FindingConnection(Connection<Finding> page, List<Count> counts) {

    /** How many findings of one kind. */
    record Count(FindingKind kind, int count) {}

    public List<Connection.Edge<Finding>> edges() {
        return page.edges();
    }

    public List<Finding> nodes() {
        return page.nodes();
    }

    public Connection.PageInfo pageInfo() {
        return page.pageInfo();
    }

    public int totalCount() {
        return page.totalCount();
    }
}
