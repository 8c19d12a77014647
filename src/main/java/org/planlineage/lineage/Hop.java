package org.planlineage.lineage;

import java.util.Comparator;
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

    /**
     * The hop from {@code parent} to {@code child} as a lineage statement reads it: its derived and deriving ends by
     * which of the two derives.
     */
    static Hop between(
            GlobalId parent, GlobalId child, boolean childDerives, Relation relation, List<Provenance> provenance) {
        return new Hop(
                parent, child, childDerives ? child : parent, childDerives ? parent : child, relation, provenance);
    }

    /** How many pieces the text of an edge is made of ({@link #piece}). */
    private static final int PIECES = 9;

    /**
     * The order of an answer's edges: as the text {@code "<from id> <relation> <to id>"} orders (ids as the API writes
     * them, {@code Document:742-qd-ubnd-2023}), compared piece by piece without making the text (a lineage DOWN has
     * about 1,500 edges: docs/benchmarks.md, "Lineage DOWN and compare at seed: our own code"). Two hops that compare
     * equal are the same edge of the answer.
     */
    static final Comparator<Hop> EDGE_ORDER = (a, b) -> TextOrder.compare(a, b, Hop::piece, PIECES);

    /** The pieces of {@code "<from id> <relation> <to id>"}, an id being its type name, a colon and its key. */
    private static String piece(Hop h, int i) {
        return switch (i) {
            case 0 -> h.from.type().typeName();
            case 1, 7 -> ":";
            case 2 -> h.from.key();
            case 3, 5 -> " ";
            case 4 -> h.relation.name();
            case 6 -> h.to.type().typeName();
            default -> h.to.key();
        };
    }
}
