/**
 * Shared GraphQL plumbing only: the Date scalar, global ids, Relay paging, error classification and the guardrails
 * (depth, complexity, parser limits, timeout). Features own their types and controllers.
 */
package org.planlineage.graphql;
