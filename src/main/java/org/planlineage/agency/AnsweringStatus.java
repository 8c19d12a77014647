package org.planlineage.agency;

/** What the sources allow to say about who answers for a unit on a date; the SDL's {@code AnsweringStatus}. */
public enum AnsweringStatus {
    /** Successions in force on the date lead to the units listed. */
    SUCCEEDED,
    /** A succession is stated but takes effect after the date: the unit itself still answers. */
    NOT_YET_SUCCEEDED,
    /** No source states a successor: the unit is listed as assigned, which says nothing of whether it still exists. */
    NO_SUCCESSOR_STATED,
    /** A successor is stated without a date: the unit and the successor are both listed. */
    SUCCESSION_DATE_UNKNOWN
}
