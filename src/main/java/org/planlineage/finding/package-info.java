/**
 * Findings: what does not hold together across the graph (weaker or stronger targets than the level above, targets
 * that fall or sit below results already reported, missing counterparts, a basis issued later, rows assigned to
 * former units, words that name no unit). One rule class per kind, each with its Cypher; the service runs, filters
 * and orders them. Serves {@code Query.findings} and {@code Finding}; the rules are stated in docs/findings.md.
 */
package org.planlineage.finding;
