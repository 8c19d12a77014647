package org.planlineage.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import org.planlineage.indicator.Pillar;
import org.planlineage.indicator.PlanItemKind;
import org.planlineage.indicator.TargetUnit;

/**
 * Reads {@code indicators.csv} and {@code indicator-items.csv}: the curated indicators that several plan items set,
 * and which items set each. Every other item that is not a budget line gets an indicator of its own.
 */
final class IndicatorReader {

    private final SeedFiles files;
    private final Cells cells;

    IndicatorReader(SeedFiles files, Cells cells) {
        this.files = files;
        this.cells = cells;
    }

    List<Seed.Indicator> indicators(CsvFile indicatorsFile, CsvFile itemsFile, List<Seed.Item> items) {
        var itemsByKey = new HashMap<String, Seed.Item>();
        items.forEach(i -> itemsByKey.put(i.key(), i));
        var curated = new LinkedHashMap<String, CsvFile.Row>();
        var read = new HashMap<String, Seed.Indicator>();
        for (var row : indicatorsFile.rows()) {
            String key = cells.key(row, "key");
            var indicator = new Seed.Indicator(
                    key,
                    cells.required(row, "name"),
                    cells.oneOf(row, "pillar", Pillar.class, true),
                    cells.oneOf(row, "unit", TargetUnit.class, true),
                    row.get("note"),
                    true,
                    List.of());
            if (key != null && curated.putIfAbsent(key, row) != null) {
                files.problem(row, "indicator key '" + key + "' is defined twice");
            } else if (key != null) {
                read.put(key, indicator);
            }
        }
        var members = new LinkedHashMap<String, List<String>>();
        curated.keySet().forEach(k -> members.put(k, new ArrayList<>()));
        var assigned = new HashMap<String, String>();
        for (var row : itemsFile.rows()) {
            String indicator = cells.reference(row, "indicator", curated.keySet(), "indicator");
            String item = cells.reference(row, "item", itemsByKey.keySet(), "plan item");
            if (indicator == null || item == null) {
                continue;
            }
            String previous = assigned.putIfAbsent(item, indicator);
            if (previous != null) {
                files.problem(row, "item '" + item + "' already sets indicator '" + previous + "'");
                continue;
            }
            members.get(indicator).add(item);
        }
        var result = new ArrayList<Seed.Indicator>();
        curated.forEach((key, row) -> {
            if (members.get(key).size() < 2) {
                files.problem(
                        row,
                        "indicator '" + key + "' has fewer than two items; an item without a "
                                + "counterpart gets its own indicator without being listed");
            }
            var indicator = read.get(key);
            result.add(new Seed.Indicator(
                    key,
                    indicator.name(),
                    indicator.pillar(),
                    indicator.unit(),
                    indicator.note(),
                    true,
                    members.get(key)));
        });
        // An item without a counterpart has an indicator of its own, derived from the item alone.
        for (var item : items) {
            if (!assigned.containsKey(item.key()) && item.kind() != PlanItemKind.BUDGET_LINE) {
                result.add(new Seed.Indicator(
                        "item-" + item.key().replace(':', '-'),
                        item.text(),
                        item.pillar(),
                        unitOf(item),
                        null,
                        false,
                        List.of(item.key())));
            }
        }
        return result;
    }

    /** The unit all of an item's targets share, else TEXT. */
    private static TargetUnit unitOf(Seed.Item item) {
        var units =
                item.targets().stream().map(v -> v.parsed().unit()).distinct().toList();
        return units.size() == 1 ? units.get(0) : TargetUnit.TEXT;
    }
}
