package org.planlineage.graph;

import java.util.Collection;
import java.util.Map;

/** How the nodes of one kind are loaded by key: implemented by each feature's queries for the kind it owns. */
public interface NodeSource<T extends Node> {

    NodeType nodeType();

    /** The nodes with these keys, keyed by key; unknown keys are absent. One statement. */
    Map<String, T> byKeys(Collection<String> keys);
}
