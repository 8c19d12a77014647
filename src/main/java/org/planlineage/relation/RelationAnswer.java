package org.planlineage.relation;

import java.util.List;
import org.planlineage.document.Provenance;
import org.planlineage.graph.Node;
import org.planlineage.graph.Relation;
import org.planlineage.lineage.Direction;

/**
 * The {@code relation} answer: the two nodes, how far the search went, the length of the shortest chains (null when
 * none is within {@code maxDepth}), the chains themselves, and one sentence that says it.
 */
public record RelationAnswer(
        Node between, Node and, int maxDepth, Integer length, List<Chain> chains, boolean truncated, String summary) {

    /** One shortest chain: its nodes from {@code between} to {@code and}, and the step between each two. */
    public record Chain(List<Node> nodes, List<Step> steps, String summary) {}

    /** One step of a chain, in chain order, with every relation the sources state between its two nodes. */
    public record Step(Node from, Node to, List<Link> links) {}

    /**
     * One relation between a step's two nodes: UP when the chain goes from the derived node to its base (the way a
     * lineage UP walks), DOWN when it goes from the base to what derives from it; in words, always stated from the
     * derived node ("3100/QĐ-UBND implements 742/QĐ-UBND").
     */
    public record Link(Relation relation, Direction direction, String statement, List<Provenance> provenance) {}
}
