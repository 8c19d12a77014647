package org.planlineage.graph;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of node the API serves. Each has one name that is at once its Neo4j label, its GraphQL object type (which
 * implements {@code Node}) and the prefix of its global ids, so an id says what it names. How a kind's nodes are
 * loaded by key is the {@link NodeSource} that declares it; {@link NodeLoader} requires one for every kind.
 */
public enum NodeType {
    DOCUMENT("Document"),
    PLAN_ITEM("PlanItem"),
    INDICATOR("Indicator"),
    AGENCY("Agency");

    private final String name;

    NodeType(String name) {
        this.name = name;
    }

    /** The label of its nodes in Neo4j. */
    public String label() {
        return name;
    }

    /** The GraphQL object type that serves it. */
    public String typeName() {
        return name;
    }

    /** The global id of its node with this key. */
    public GlobalId id(String key) {
        return new GlobalId(this, key);
    }

    /** The kind with this label (which is also its GraphQL type name and id prefix). */
    public static Optional<NodeType> byLabel(String label) {
        return Optional.ofNullable(BY_LABEL.get(label));
    }

    // read for every node and hop of a wide answer: a lookup, not a scan
    private static final Map<String, NodeType> BY_LABEL =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(t -> t.name, t -> t));
}
