package org.planlineage.seed;

import static org.planlineage.seed.GraphWrites.name;
import static org.planlineage.seed.GraphWrites.rel;

import java.util.Map;
import org.planlineage.text.Folding;

/** Writes the indicators: Indicator nodes, and SETS from every plan item to the indicator it sets. */
final class IndicatorWriter {

    private IndicatorWriter() {}

    static void write(GraphWrites out, Seed seed) {
        out.nodes("Indicator", seed.indicators(), ind -> properties(out, ind));
        out.relationships(
                "PlanItem",
                "SETS",
                "Indicator",
                seed.indicators().stream()
                        .flatMap(ind -> ind.items().stream().map(item -> rel(item, ind.key(), Map.of())))
                        .toList());
    }

    private static Map<String, Object> properties(GraphWrites out, Seed.Indicator ind) {
        var p = out.base(ind.key());
        p.put("name", ind.name());
        p.put("pillar", name(ind.pillar()));
        p.put("unit", name(ind.unit()));
        p.put("note", ind.note());
        p.put("curated", ind.curated());
        // only curated indicators are searched on their own: a single item's indicator repeats the item's text
        p.put("searchText", ind.curated() ? Folding.fold(ind.name()) : null);
        return p;
    }
}
