package org.planlineage.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;
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
    private final Map<Set<NodeType>, String> projectionsOfN = new ConcurrentHashMap<>();

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
        projectionOfN = projectionOfN(EnumSet.allOf(NodeType.class));
    }

    /**
     * A {@code CALL (n) { ... }} subquery that reads the node bound as {@code n}, whatever its kind, into the columns
     * {@code label} and {@code node}; read the two back with {@link #read(Value, Value)}. Lets a statement that finds
     * nodes load them too, instead of a second statement per kind.
     */
    public String projectionOfN() {
        return projectionOfN;
    }

    /**
     * {@link #projectionOfN()} that reads only the nodes of the kinds {@code loaded} in full: a node of another kind
     * is its key alone (read back as a {@link BareNode}), none of its properties read. For a request that selects
     * nothing of those kinds but their id. One text per set of kinds (at most 16), kept.
     */
    public String projectionOfN(Set<NodeType> loaded) {
        return projectionsOfN.computeIfAbsent(Set.copyOf(loaded), this::projectionOf);
    }

    // one branch per kind; labels are the kinds' constants
    private String projectionOf(Set<NodeType> loaded) {
        if (loaded.isEmpty()) {
            // every node by its key: no branch per kind
            return "CALL (n) { RETURN labels(n)[0] AS label, n.key AS node }";
        }
        return this.sources.values().stream()
                .map(source -> "  WITH n WHERE n:%s CALL (n) { %s } RETURN '%s' AS label, node"
                        .formatted(
                                source.nodeType().label(),
                                loaded.contains(source.nodeType()) ? source.projection() : "RETURN n.key AS node",
                                source.nodeType().label()))
                .collect(Collectors.joining("\n  UNION ALL\n", "CALL (n) {\n", "\n}"));
    }

    /** The node a {@link #projectionOfN()} row describes: a {@link BareNode} when only its key was read. */
    public Node read(Value label, Value node) {
        NodeType type = NodeType.byLabel(label.asString()).orElseThrow();
        return read(type, node);
    }

    /** The node of this kind a {@link #projectionOfN()} row describes. */
    public Node read(NodeType type, Value node) {
        if (node.hasType(TypeSystem.getDefault().STRING())) {
            return new BareNode(type, node.asString());
        }
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
