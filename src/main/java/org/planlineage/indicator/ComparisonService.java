package org.planlineage.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planlineage.agency.AdminLevel;
import org.planlineage.graphql.ApiException;
import org.planlineage.graphql.GuardrailProperties;
import org.springframework.stereotype.Service;

/** Builds a {@link Comparison}: entries per item and year, and a verdict for each pair of entries at two levels. */
@Service
public class ComparisonService {

    private final ComparisonQueries indicators;
    private final GuardrailProperties limits;

    ComparisonService(ComparisonQueries indicators, GuardrailProperties limits) {
        this.indicators = indicators;
        this.limits = limits;
    }

    public Comparison compare(String indicatorKey, List<Integer> years) {
        return compare(indicatorKey, years, null);
    }

    /** As {@link #compare(String, List)}, over the plans of {@code within} and the units under it when not null. */
    public Comparison compare(String indicatorKey, List<Integer> years, String within) {
        return compare(indicatorKey, years, within, ComparisonSelection.FULL);
    }

    /**
     * As {@link #compare(String, List, String)}, reading in full only the rows and documents the request selects
     * more than the key of; the entries and pairs are the same whatever the selection.
     */
    public Comparison compare(String indicatorKey, List<Integer> years, String within, ComparisonSelection selection) {
        var compared = (within == null
                        ? indicators.compared(indicatorKey, selection)
                        : indicators.compared(indicatorKey, within, selection))
                .orElseThrow(() -> ApiException.notFound("No indicator with key '" + indicatorKey
                        + "'; find keys with indicators(search: ...) or search(text: ...)"));
        if (within != null && !compared.withinFound()) {
            throw ApiException.notFound("No agency with key '" + within + "' for 'within'; find keys with "
                    + "agencies(search: ..., kind: PEOPLES_COMMITTEE)");
        }
        var entries = new ArrayList<Comparison.Entry>();
        // within an area: each document's key to the units from its issuers up to the area's
        var units = compared.unitsAbove() == null ? null : new HashMap<String, Set<String>>();
        for (var row : compared.rows()) {
            if (units != null) {
                units.computeIfAbsent(row.document().key(), k -> compared.unitsAbove(row));
            }
            for (Target t : row.targets()) {
                if (years == null || years.contains(t.year())) {
                    entries.add(new Comparison.Entry(
                            row.item(), row.document(), row.document().level(), t.year(), t));
                }
            }
        }
        entries.sort(java.util.Comparator.comparingInt(Comparison.Entry::year)
                .thenComparing(Comparison.Entry::level, AdminLevel.HIGHEST_FIRST)
                .thenComparing(e -> e.document().key())
                .thenComparing(e -> e.item().position()));

        var byYear = entries.stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        Comparison.Entry::year, java.util.TreeMap::new, java.util.stream.Collectors.toList()))
                .values();
        if (units == null) {
            refusePastTheBound(indicatorKey, byYear, limits.maxAnswerFields());
        }
        var pairs = new ArrayList<Comparison.Pair>();
        for (var year : byYear) {
            // within an area, an upper entry meets only the entries under its unit; the whole comparison (units
            // null) pairs every two levels of the year
            var below = units == null ? null : below(units, year);
            for (var upper : year) {
                for (var lower : below == null
                        ? year
                        : below.getOrDefault(upper.document().issuerKey(), List.of())) {
                    if (AdminLevel.isBelow(lower.level(), upper.level())) {
                        var outcome = Verdicts.compare(lower.target(), upper.target());
                        pairs.add(new Comparison.Pair(
                                upper.year(), lower, upper, outcome.verdict(), outcome.explanation()));
                    }
                }
            }
        }
        return new Comparison(compared.indicator(), entries, pairs);
    }

    /**
     * The whole comparison pairs every two levels' entries of a year: at national scale tens of millions of pairs,
     * built here before any field is answered, where the answer-size bound cannot stop them (they ran a 2 GB heap out
     * at scale 1, docs/benchmarks.md). Counted first, from the entries per level, and refused past that bound.
     */
    static void refusePastTheBound(String indicatorKey, Iterable<List<Comparison.Entry>> years, long bound) {
        long pairs = 0;
        for (var year : years) {
            var perLevel = new HashMap<AdminLevel, Long>();
            year.forEach(e -> perLevel.merge(e.level(), 1L, Long::sum));
            pairs += pairsOf(perLevel);
        }
        if (pairs > bound) {
            throw new ApiException(
                    ApiException.Classification.BAD_REQUEST,
                    "Comparing '" + indicatorKey + "' across the whole country would make " + pairs
                            + " pairs, more than an answer may hold (app.graphql.max-answer-fields: " + bound
                            + "); narrow it with 'within' (a province, district or commune) or 'years'",
                    Map.of("limit", "app.graphql.max-answer-fields", "pairs", pairs, "bound", bound));
        }
    }

    /** How many pairs one year's entries make, from their count per level: every entry with every one above it. */
    static long pairsOf(Map<AdminLevel, Long> perLevel) {
        long pairs = 0;
        for (var upper : perLevel.entrySet()) {
            for (var lower : perLevel.entrySet()) {
                if (AdminLevel.isBelow(lower.getKey(), upper.getKey())) {
                    pairs += upper.getValue() * lower.getValue();
                }
            }
        }
        return pairs;
    }

    /**
     * Within an area, a row is compared with the rows of the units above its own only: a commune's with its
     * district's and its province's, not with another district's ({@code units}: each document's key to its issuers
     * and the units above them). Turned round, for one year's entries: each unit's key to the entries, in the year's
     * order, of the documents at or under it; an upper entry is paired with those under its document's issuer (at a
     * lower level), instead of with every entry of the year.
     */
    private static Map<String, List<Comparison.Entry>> below(
            Map<String, Set<String>> units, List<Comparison.Entry> year) {
        var below = new HashMap<String, List<Comparison.Entry>>();
        for (var lower : year) {
            for (String unit : units.getOrDefault(lower.document().key(), Set.of())) {
                below.computeIfAbsent(unit, k -> new ArrayList<>()).add(lower);
            }
        }
        return below;
    }
}
