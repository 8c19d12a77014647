package org.planlineage.lineage;

import java.util.List;
import org.planlineage.document.Provenance;
import org.planlineage.graph.Relation;

/** The {@code Lineage} result and its parts; a {@code node} is a Document, PlanItem or Agency. */
public record Lineage(Node root, List<Node> nodes, List<Edge> edges, List<Path> paths, boolean truncated) {

    /** A node reached, with its hop count from the root. */
    public record Node(int degree, org.planlineage.graph.Node node) {}

    /** An edge followed: ids in the relation's own direction, from the derived node to its base. */
    public record Edge(String from, String to, Relation relation, List<Provenance> provenance) {}

    /** A path from the root outwards. */
    public record Path(List<Step> steps) {}

    /** A step of a path: the node reached, and the relation it was reached by (null for the root). */
    public record Step(org.planlineage.graph.Node node, Relation relation, List<Provenance> provenance) {}
}
