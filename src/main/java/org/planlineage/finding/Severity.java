package org.planlineage.finding;

/** How much a finding asks for attention; the SDL's {@code Severity}, most urgent first. */
public enum Severity {
    /** The record contradicts itself or a target asks for less than it must: someone has to answer for it. */
    HIGH,
    /** Worth checking: something is missing, unclear or may have changed hands. */
    MEDIUM,
    /** A small difference (strictness only) or a change of hands after the plan was written. */
    LOW,
    /** For the analyst, not a fault: a lower level asking for more than the level above. */
    INFO
}
