package org.planlineage.lineage;

import java.util.List;
import org.planlineage.document.Provenance;

/** The {@code Lineage} result and its parts; {@code node} values are Document, PlanItem or Agency records. */
public record Lineage(Node root, List<Node> nodes, List<Edge> edges, List<Path> paths, boolean truncated) {

    public record Node(int degree, Object node) {}

    public record Edge(String from, String to, String relation, List<Provenance> provenance) {}

    public record Path(List<Step> steps) {}

    public record Step(Object node, String relation, List<Provenance> provenance) {}
}
