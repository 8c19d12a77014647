package org.planlineage.graph;

import java.util.Collection;
import java.util.Map;
import org.neo4j.driver.Value;

/** How the nodes of one kind are loaded by key: implemented by each feature's queries for the kind it owns. */
public interface NodeSource<T extends Node> {

    NodeType nodeType();

    /** The nodes with these keys, keyed by key; unknown keys are absent. One statement. */
    Map<String, T> byKeys(Collection<String> keys);

    /**
     * The body of a Cypher subquery that reads a node of this kind, bound as {@code n}, into the column {@code node}:
     * how a statement that finds nodes (a lineage, a search) loads them in the same statement ({@link NodeLoader}).
     */
    String projection();

    /** A node from the {@code node} column of {@link #projection()}. */
    T read(Value node);
}
