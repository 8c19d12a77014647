package org.planlineage.finding;

/** What a finding says does not hold together; the SDL's {@code FindingKind} (each rule in docs/findings.md). */
public enum FindingKind {
    /** For one indicator and year, a lower level asks for less than a level above it. */
    WEAKER_THAN_UPPER,
    /** For one indicator and year, a lower level asks for more than a level above it. */
    STRONGER_THAN_UPPER,
    /** Within one row, a later year's target asks for less than an earlier year's. */
    TARGET_FALLS,
    /** Within one row, a target asks for less than the result the row reports for an earlier year. */
    TARGET_BELOW_RESULT,
    /** A row the upper level assigns to a unit of the lower plan's territory has no counterpart in that plan. */
    MISSING_COUNTERPART,
    /** A document, or a row's legal-basis cell, cites as its basis a document issued after it. */
    BASIS_ISSUED_LATER,
    /** A row is assigned to a unit that has a successor. */
    ASSIGNED_TO_FORMER_UNIT,
    /** A lead or cooperating cell has words that name no unit. */
    UNRESOLVED_ASSIGNMENT;

    /** True for the kinds that are about one year's target; the others have no year. */
    public boolean hasYear() {
        return switch (this) {
            case WEAKER_THAN_UPPER, STRONGER_THAN_UPPER, TARGET_FALLS, TARGET_BELOW_RESULT, MISSING_COUNTERPART -> true;
            case BASIS_ISSUED_LATER, ASSIGNED_TO_FORMER_UNIT, UNRESOLVED_ASSIGNMENT -> false;
        };
    }
}
