package org.planlineage.finding;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Computes findings from the graph: runs the rules of the kinds asked for (a rule whose kinds are all filtered out
 * is not run; a year filter skips the kinds that have no year), keeps what passes every filter and orders it
 * stably: by kind, subject document, row, year and id. Nothing is cached: every request reads the graph as it is.
 */
@Service
public class FindingService {

    private final List<FindingRule> rules;

    FindingService(List<FindingRule> rules) {
        this.rules = rules;
    }

    /** Every finding that passes the filter, in the stable order. */
    public List<Finding> find(FindingFilter filter) {
        return rules.stream()
                .filter(rule -> rule.kinds().stream()
                        .anyMatch(k -> filter.kinds().contains(k) && (filter.year() == null || k.hasYear())))
                .flatMap(rule -> rule.find(filter.scope()).stream())
                .filter(filter::accepts)
                .sorted(Comparator.comparing(Finding::sortKey))
                .distinct()
                .toList();
    }

    /** The findings of every kind within the filter's other filters, for the counts per kind. */
    List<Finding> findEveryKind(FindingFilter filter) {
        return find(filter.everyKind());
    }
}
