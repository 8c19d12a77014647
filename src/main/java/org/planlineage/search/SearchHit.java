package org.planlineage.search;

/** One hit: {@code node} is the Document, PlanItem, Indicator or Agency record. */
public record SearchHit(SearchKind kind, double score, Object node, String snippet) {}
