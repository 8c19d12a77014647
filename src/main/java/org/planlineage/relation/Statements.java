package org.planlineage.relation;

import org.planlineage.graph.Relation;

/**
 * How a relation is said in words, from the derived end to the base, whichever way a chain walks it: "3100/QĐ-UBND
 * implements 742/QĐ-UBND", "the plan ... takes 742/QĐ-UBND as its legal basis". Pure code.
 */
final class Statements {

    private Statements() {}

    /**
     * @param from the derived end's name ("3100/QĐ-UBND", "row 12 of 3100/QĐ-UBND")
     * @param to the base's name
     * @param fromIsRow true when the derived end is a plan item (its legal basis is its row's own column)
     */
    static String of(Relation relation, String from, String to, boolean fromIsRow) {
        return switch (relation) {
            case LEGAL_BASIS ->
                fromIsRow
                        ? from + " names " + to + " as its legal basis"
                        : from + " takes " + to + " as its legal basis";
            case IMPLEMENTS -> from + " implements " + to;
            case ISSUES -> from + " issues " + to + ", attached to it";
            case PROPOSED_BY -> from + " answers the submission " + to;
            case CITES -> from + " mentions " + to;
            case SET_IN -> from + " stands in the table of " + to;
            case LEAD -> from + " is led by " + to;
            case COOPERATING -> from + " is carried out with " + to;
            case MEMBER_OF -> from + " belongs to " + to;
            case SUCCEEDED_BY -> from + "'s duties passed to " + to;
        };
    }
}
