package org.planlineage.seed;

import static org.planlineage.seed.GraphWrites.name;
import static org.planlineage.seed.GraphWrites.rel;

import java.util.HashMap;
import java.util.Map;
import org.planlineage.text.Folding;

/** Writes the indicators: Indicator nodes, and SETS from every plan item to the indicator it sets. */
final class IndicatorWriter {

    private IndicatorWriter() {}

    static void write(GraphWrites out, Seed seed) {
        out.nodes("Indicator", seed.indicators(), ind -> properties(out, ind));
        var documentOf = new HashMap<String, String>();
        seed.items().forEach(item -> documentOf.put(item.key(), item.document()));
        out.relationships(
                "PlanItem",
                "SETS",
                "Indicator",
                seed.indicators().stream()
                        .flatMap(ind -> ind.items().stream()
                                .map(item -> rel(item, ind.key(), sets(ind.key(), documentOf.get(item)))))
                        .toList());
    }

    /**
     * The properties of a SETS relationship: the indicator's key and the key of the row's document, which the index
     * {@code sets_indicator_document} finds an area's rows by (schema/neo4j/schema.cypher; the import writes the same).
     */
    static Map<String, Object> sets(String indicator, String document) {
        var props = new HashMap<String, Object>();
        props.put("indicator", indicator);
        props.put("document", document);
        return props;
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
