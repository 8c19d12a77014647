package org.planlineage.editing;

/** The kinds of thing an import writes, counted apart in its result and its audit record ({@code ChangeSubject}). */
public enum ChangeSubject {
    DOCUMENT,
    LINK,
    CITED_DOCUMENT,
    PLAN_ITEM,
    TARGET,
    RESULT,
    INDICATOR
}
