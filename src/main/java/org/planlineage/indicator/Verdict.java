package org.planlineage.indicator;

/** The outcome of comparing the lower level's target with the upper level's; the SDL's {@code Verdict}. */
public enum Verdict {
    /** Both ask for the same. */
    SAME,
    /** The lower level asks for more. */
    HIGHER,
    /** The lower level asks for less: a weaker target. */
    LOWER,
    /** Text, different units, several values, or bounds from different sides. */
    NOT_COMPARABLE
}
