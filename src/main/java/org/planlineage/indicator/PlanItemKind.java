package org.planlineage.indicator;

/** What a table row is; the SDL's {@code PlanItemKind}. */
public enum PlanItemKind {
    /** Some target or result is a number. */
    INDICATOR,
    /** No number ("Thường xuyên"). */
    TASK,
    /** A line of a budget table. */
    BUDGET_LINE
}
