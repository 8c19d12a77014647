package org.planlineage.indicator;

/** What a target's number measures in; the SDL's {@code TargetUnit}. */
public enum TargetUnit {
    /** A percentage ("80%"). */
    PERCENT,
    /** A count ("03", "800 lượt"). */
    COUNT,
    /** Millions of đồng (budget tables). */
    MILLION_VND,
    /** Not a number ("Thường xuyên"). */
    TEXT
}
