package org.planlineage.lineage;

import java.util.List;
import org.planlineage.document.Provenance;
import org.planlineage.graph.Relation;

/** The {@code Lineage} result and its parts; {@code node} values are Document, PlanItem or Agency records. */
public record Lineage(Node root, List<Node> nodes, List<Edge> edges, List<Path> paths, boolean truncated) {

    public record Node(int degree, Object node) {}

    public record Edge(String from, String to, Relation relation, List<Provenance> provenance) {}

    public record Path(List<Step> steps) {}

    public record Step(Object node, Relation relation, List<Provenance> provenance) {}
}
