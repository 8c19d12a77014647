package org.planlineage.graph;

import java.util.Arrays;
import java.util.List;

/**
 * How one node derives from or is tied to another: the relationship types of the graph, and the SDL's
 * {@code Relation}. Every relationship points from the derived thing to what it derives from or is assigned to.
 */
public enum Relation {
    /** Căn cứ: the document cites the other as its legal basis. */
    LEGAL_BASIS(true),
    /** Thực hiện: the document carries out the other. */
    IMPLEMENTS(true),
    /** Ban hành kèm theo: a decision issues the plan attached to it. */
    ISSUES(true),
    /** Theo đề nghị ... tại Tờ trình: the decision answers the submission. */
    PROPOSED_BY(true),
    /** Any other mention of one document by another; a mention is not a derivation. */
    CITES(true),
    /** A plan item is set in the document whose appendix holds it. */
    SET_IN(false),
    /** A plan item is led by the unit. */
    LEAD(false),
    /** A plan item is carried out with the unit. */
    COOPERATING(false),
    /** A unit belongs to a group ("UBND 11 phường"). */
    MEMBER_OF(false),
    /**
     * A unit's duties passed to another (from the former unit to its successor). Not a derivation: a lineage follows
     * it only on a date ({@code asOf}), through the successions in force on that date.
     */
    SUCCEEDED_BY(false);

    private final boolean betweenDocuments;

    Relation(boolean betweenDocuments) {
        this.betweenDocuments = betweenDocuments;
    }

    /** True for the relations that link a document to a document. */
    public boolean isBetweenDocuments() {
        return betweenDocuments;
    }

    /**
     * True for every relation but CITES and SUCCEEDED_BY: a footnote mentioning a report is not a derivation, and a
     * succession holds from a date on.
     */
    public boolean isDerivation() {
        return this != CITES && this != SUCCEEDED_BY;
    }

    /** The relations that link two documents, in declaration order. */
    public static List<Relation> betweenDocuments() {
        return Arrays.stream(values()).filter(Relation::isBetweenDocuments).toList();
    }

    /** What a lineage follows when the caller names no relations: every derivation. */
    public static List<Relation> followedByDefault() {
        return Arrays.stream(values()).filter(Relation::isDerivation).toList();
    }
}
