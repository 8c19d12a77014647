package org.planlineage.search;

/** One hit: {@code node} is the Document, PlanItem, Indicator or Agency record. */
public record SearchHit(String kind, double score, Object node, String snippet) {}
