package org.planlineage.finding;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.planlineage.agency.AdminLevel;

/**
 * One rule of docs/findings.md: the Cypher that finds its candidates in the graph and the Java that decides and words
 * each finding. A rule may narrow its statement by the scope (a document anchors it on the key index) but the service
 * applies the scope again, so a rule may answer more than the scope, never less.
 */
interface FindingRule {

    /** The kinds this rule raises. */
    Set<FindingKind> kinds();

    List<Finding> find(Scope scope);

    /** The filters a rule may use to narrow its statement; each null when not asked for. */
    record Scope(String document, AdminLevel level, Integer year) {}

    /** The administrative levels, highest first, as Cypher receives them ({@code $levels}). */
    List<String> LEVELS = Arrays.stream(AdminLevel.values()).map(Enum::name).toList();

    /**
     * Cypher for the rank of a document's level in {@code $levels} (0 for NATIONAL); a document without a level ranks
     * below every level, as in {@code compare}.
     */
    static String rank(String document) {
        return "coalesce(head([i IN range(0, size($levels) - 1) WHERE $levels[i] = %s.level]), size($levels))"
                .formatted(document);
    }
}
