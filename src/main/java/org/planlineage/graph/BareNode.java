package org.planlineage.graph;

/**
 * A node served by its key alone: what an answer holds for a kind of node of which the request selects nothing but
 * {@code id}, {@code key} (and {@code __typename}), so that none of its properties is read. Its GraphQL type is its
 * kind's, as for any {@link Node}; it has no other field, so it is only handed out where the selection was checked
 * first (the lineage, {@link NodeLoader#projectionOfN(java.util.Set)}).
 */
public record BareNode(NodeType nodeType, String key) implements Node {

    @Override
    public String id() {
        return globalId().toString();
    }
}
