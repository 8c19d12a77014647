package org.planlineage.document;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.planlineage.graph.GraphReads;
import org.planlineage.graph.NodeType;
import org.springframework.stereotype.Repository;

/**
 * The provenance of nodes (where the sources state a document, a row, a unit), read only when a request selects a
 * node's {@code provenance}: the parallel {@code prov*} lists are the largest properties of a node, and most requests
 * never show them.
 */
@Repository
public class ProvenanceQueries {

    private final GraphReads reads;

    ProvenanceQueries(GraphReads reads) {
        this.reads = reads;
    }

    /** For each key of a node of this kind, its provenance in the order stored; one statement, none for no keys. */
    public Map<String, List<Provenance>> ofNodes(NodeType type, Collection<String> keys) {
        var result = new HashMap<String, List<Provenance>>();
        if (keys.isEmpty()) {
            return result;
        }
        // the label is the kind's constant, never text from a request
        reads.query("""
                        MATCH (n:%s) WHERE n.key IN $keys
                        RETURN n.key AS key, n {%s} AS p
                        """.formatted(type.label(), Provenance.PROPERTIES))
                .bind("keys", List.copyOf(keys))
                .forEach(r -> result.put(r.get("key").asString(), Provenance.from(r.get("p"))));
        return result;
    }
}
