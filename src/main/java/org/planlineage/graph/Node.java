package org.planlineage.graph;

/**
 * An entity the API serves as a GraphQL {@code Node}: a record that says which kind of node it is. The GraphQL type of
 * a value is resolved from {@link #nodeType()} ({@link NodeTypeResolution}), never from the Java class's name.
 */
public interface Node {

    NodeType nodeType();

    /** The natural key, unique within its kind. */
    String key();

    default GlobalId globalId() {
        return nodeType().id(key());
    }

    /**
     * The GraphQL {@code id} field: {@code globalId().toString()}. Declared by each record, because Spring's schema
     * inspection looks for the field on the class itself.
     */
    String id();
}
