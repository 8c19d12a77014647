package org.planlineage.indicator;

import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planlineage.graph.SelectionWalk;
import org.planlineage.graphql.ApiException;
import org.planlineage.graphql.Connection;
import org.planlineage.graphql.Paging;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Serves {@code Query.indicator}, {@code Query.indicators}, {@code Query.compare} and {@code Indicator.items}. */
@Controller
class IndicatorController {

    private final IndicatorQueries indicators;
    private final PlanItemQueries items;
    private final ComparisonService comparisons;

    IndicatorController(IndicatorQueries indicators, PlanItemQueries items, ComparisonService comparisons) {
        this.indicators = indicators;
        this.items = items;
        this.comparisons = comparisons;
    }

    @QueryMapping
    Indicator indicator(@Argument String key) {
        Indicator found = indicators.byKeys(List.of(key)).get(key);
        if (found == null) {
            throw ApiException.notFound("No indicator with key '" + key + "'");
        }
        return found;
    }

    @QueryMapping
    Connection<Indicator> indicators(
            @Argument String search, @Argument Pillar pillar, @Argument Integer first, @Argument String after) {
        Paging paging = Paging.of(first, after);
        var page = indicators.page(search, pillar, paging);
        return paging.page(page.indicators(), page.totalCount());
    }

    @QueryMapping
    Comparison compare(
            @Argument String indicator,
            @Argument List<Integer> years,
            @Argument String within,
            DataFetchingEnvironment env) {
        if (years != null) {
            for (int year : years) {
                if (year < 1945 || year > 2100) {
                    throw ApiException.badRequest("'years' must hold calendar years such as 2024, got " + year);
                }
            }
        }
        return comparisons.compare(indicator, years, within, ComparisonSelection.of(SelectionWalk.of(env)));
    }

    @BatchMapping(typeName = "Indicator", field = "items")
    Map<Indicator, List<PlanItem>> items(List<Indicator> batch) {
        var itemKeys = indicators.itemKeys(batch.stream().map(Indicator::key).toList());
        var byKey = items.byKeys(
                itemKeys.values().stream().flatMap(List::stream).distinct().toList());
        var result = new LinkedHashMap<Indicator, List<PlanItem>>();
        batch.forEach(i ->
                result.put(i, itemKeys.get(i.key()).stream().map(byKey::get).toList()));
        return result;
    }
}
