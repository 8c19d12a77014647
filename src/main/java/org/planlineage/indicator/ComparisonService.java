package org.planlineage.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.planlineage.agency.AdminLevel;
import org.planlineage.document.DocumentQueries;
import org.planlineage.graphql.ApiException;
import org.springframework.stereotype.Service;

/** Builds a {@link Comparison}: entries per item and year, and a verdict for each pair of entries at two levels. */
@Service
public class ComparisonService {

    private final IndicatorQueries indicators;
    private final PlanItemQueries items;
    private final TargetQueries targets;
    private final DocumentQueries documents;

    ComparisonService(
            IndicatorQueries indicators, PlanItemQueries items, TargetQueries targets, DocumentQueries documents) {
        this.indicators = indicators;
        this.items = items;
        this.targets = targets;
        this.documents = documents;
    }

    public Comparison compare(String indicatorKey, List<Integer> years) {
        Indicator indicator = indicators.byKeys(List.of(indicatorKey)).get(indicatorKey);
        if (indicator == null) {
            throw ApiException.notFound("No indicator with key '" + indicatorKey
                    + "'; find keys with indicators(search: ...) or search(text: ...)");
        }
        List<String> itemKeys = indicators.itemKeys(List.of(indicatorKey)).get(indicatorKey);
        Map<String, PlanItem> byKey = items.byKeys(itemKeys);
        Map<String, List<Target>> targetsByItem = targets.targets(itemKeys);
        var docs = documents.byKeys(
                byKey.values().stream().map(PlanItem::documentKey).distinct().toList());

        var entries = new ArrayList<Comparison.Entry>();
        for (String key : itemKeys) {
            PlanItem item = byKey.get(key);
            var doc = docs.get(item.documentKey());
            for (Target t : targetsByItem.get(key)) {
                if (years == null || years.contains(t.year())) {
                    entries.add(new Comparison.Entry(item, doc, doc.level(), t.year(), t));
                }
            }
        }
        entries.sort(java.util.Comparator.comparingInt(Comparison.Entry::year)
                .thenComparing(Comparison.Entry::level, AdminLevel.HIGHEST_FIRST)
                .thenComparing(e -> e.document().key())
                .thenComparing(e -> e.item().position()));

        var pairs = new ArrayList<Comparison.Pair>();
        for (var upper : entries) {
            for (var lower : entries) {
                if (upper.year() == lower.year() && AdminLevel.isBelow(lower.level(), upper.level())) {
                    var outcome = Verdicts.compare(lower.target(), upper.target());
                    pairs.add(
                            new Comparison.Pair(upper.year(), lower, upper, outcome.verdict(), outcome.explanation()));
                }
            }
        }
        return new Comparison(indicator, entries, pairs);
    }
}
