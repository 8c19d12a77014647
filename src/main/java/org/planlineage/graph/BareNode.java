package org.planlineage.graph;

import java.util.Set;

/**
 * A node served by its key alone: what an answer holds for a kind of node of which the request selects nothing but
 * {@code id}, {@code key} (and {@code __typename}), so that none of its properties is read. Its GraphQL type is its
 * kind's, as for any {@link Node}; it has no other field, so it is only handed out where the selection was checked
 * first (the lineage, {@link NodeLoader#projectionOfN(java.util.Set)}).
 */
public record BareNode(NodeType nodeType, String key) implements Node {

    /**
     * The fields a node answers from its key alone ({@code __typename} from its kind): a request that selects nothing
     * else of a kind gets it as a bare node (lineage, search, compare).
     */
    public static final Set<String> FIELDS = Set.of("id", "key", "__typename");

    /** Whether a selected field of a node needs more than its key. */
    public static boolean needsMore(String field) {
        return !FIELDS.contains(field);
    }

    @Override
    public String id() {
        return globalId().toString();
    }
}
