/**
 * Shared GraphQL plumbing only: the Date scalar, Relay paging and batch shapes, error classification, the strict
 * schema inspection and the guardrails (depth, complexity, parser limits, timeout). Features own their types and
 * controllers; what they share about the graph (node types, global ids, relations) is in {@code graph}.
 */
package org.planlineage.graphql;
