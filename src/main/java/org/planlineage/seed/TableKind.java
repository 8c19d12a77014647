package org.planlineage.seed;

/** What a table of {@code tables.csv} holds: targets by year, or a budget (its rows become BUDGET_LINE items). */
enum TableKind {
    TARGETS,
    BUDGET
}
