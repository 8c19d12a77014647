package org.planlineage.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Loads any nodes by global id, one statement per kind of node among them: what {@code node}/{@code nodes}, a lineage
 * and a search each need once they know which nodes to answer with. Refuses to start unless every {@link NodeType}
 * has exactly one {@link NodeSource}.
 */
@Component
public class NodeLoader {

    private final Map<NodeType, NodeSource<?>> sources = new EnumMap<>(NodeType.class);
    private final String projectionOfN;

    NodeLoader(List<NodeSource<?>> sources) {
        for (NodeSource<?> source : sources) {
            if (this.sources.put(source.nodeType(), source) != null) {
                throw new IllegalStateException("Two sources of " + source.nodeType() + " nodes");
            }
        }
        for (NodeType type : NodeType.values()) {
            if (!this.sources.containsKey(type)) {
                throw new IllegalStateException("No NodeSource loads " + type + " nodes");
            }
        }
        // one branch per kind; labels are the kinds' constants
        projectionOfN = this.sources.values().stream()
                .map(source -> "  WITH n WHERE n:%s CALL (n) { %s } RETURN '%s' AS label, node"
                        .formatted(
                                source.nodeType().label(),
                                source.projection(),
                                source.nodeType().label()))
                .collect(java.util.stream.Collectors.joining("\n  UNION ALL\n", "CALL (n) {\n", "\n}"));
    }

    /**
     * A {@code CALL (n) { ... }} subquery that reads the node bound as {@code n}, whatever its kind, into the columns
     * {@code label} and {@code node}; read the two back with {@link #read(Value, Value)}. Lets a statement that finds
     * nodes load them too, instead of a second statement per kind.
     */
    public String projectionOfN() {
        return projectionOfN;
    }

    /** The node a {@link #projectionOfN()} row describes. */
    public Node read(Value label, Value node) {
        NodeType type = NodeType.byLabel(label.asString()).orElseThrow();
        return sources.get(type).read(node);
    }

    /** The nodes with these ids; unknown ids are absent. */
    public Map<GlobalId, Node> load(Collection<GlobalId> ids) {
        var keysByType = new EnumMap<NodeType, List<String>>(NodeType.class);
        ids.forEach(id ->
                keysByType.computeIfAbsent(id.type(), t -> new ArrayList<>()).add(id.key()));
        var found = new HashMap<GlobalId, Node>();
        keysByType.forEach(
                (type, keys) -> sources.get(type).byKeys(keys).forEach((key, node) -> found.put(type.id(key), node)));
        return found;
    }

    /** The node with this id, or null when there is none. */
    public Node load(GlobalId id) {
        return load(List.of(id)).get(id);
    }
}
