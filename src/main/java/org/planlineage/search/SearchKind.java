package org.planlineage.search;

/** What a search hit is; the SDL's {@code SearchKind}. */
public enum SearchKind {
    DOCUMENT,
    PLAN_ITEM,
    INDICATOR,
    AGENCY
}
