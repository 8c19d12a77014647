package org.planlineage.lineage;

import java.util.List;
import org.planlineage.document.Provenance;
import org.planlineage.graph.GlobalId;
import org.planlineage.graph.Relation;

/**
 * One relationship the walk followed, seen two ways.
 *
 * <p>{@code parent → child} is the walk's direction: the node of the frontier and the node it reached. Paths and hop
 * counts follow it. {@code from → to} is the relation's own direction, as the graph states it: from the derived
 * thing to what it derives from or is assigned to. The answer's edges use it, so the same fact is the same edge UP
 * and DOWN and lineages can be merged. Neither can be derived from the other without knowing each relation: walking
 * DOWN, a citing document is the child but the {@code from} of its LEGAL_BASIS edge, while a lead unit is the child
 * and the {@code to} of its LEAD edge.
 */
record Hop(
        GlobalId parent, GlobalId child, GlobalId from, GlobalId to, Relation relation, List<Provenance> provenance) {

    /** The edge's identity in an answer, which also orders the edges: from, relation, to. */
    String edgeKey() {
        return from + " " + relation.name() + " " + to;
    }
}
