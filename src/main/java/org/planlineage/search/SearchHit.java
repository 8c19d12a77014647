package org.planlineage.search;

import org.planlineage.graph.Node;

/** One hit of {@code Query.search}: its kind, the index's score, the node found and the words that matched. */
public record SearchHit(SearchKind kind, double score, Node node, String snippet) {}
