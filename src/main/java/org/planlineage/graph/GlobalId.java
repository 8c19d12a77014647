package org.planlineage.graph;

import java.util.Optional;

/**
 * A global id: the kind of node and its natural key, written {@code Document:742-qd-ubnd-2023}. Readable on purpose:
 * an auditor can tell from an id what it names, and ids survive a reload of the seed (they are never Neo4j's element
 * ids).
 */
public record GlobalId(NodeType type, String key) {

    /**
     * Reads an id; empty when the text does not start with a known type and a colon (it may be a bare key, and
     * plan item keys hold colons of their own: {@code 3100-qd-ubnd-2023:12}).
     */
    public static Optional<GlobalId> parse(String id) {
        int colon = id.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return NodeType.byLabel(id.substring(0, colon)).map(type -> type.id(id.substring(colon + 1)));
    }

    /** The id as the API writes it: the type name, a colon and the key. */
    @Override
    public String toString() {
        return type.typeName() + ":" + key;
    }
}
