package org.planlineage.editing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Plans a row's yearly cells (its targets, or its results): each cell a {@code Target} kept as written and linked
 * from the row, one cell per year, years of a plan only; an empty cell is a problem (leave the year out instead).
 */
final class YearCells {

    private final Problems problems;
    private final Warnings warnings;

    YearCells(Problems problems, Warnings warnings) {
        this.problems = problems;
        this.warnings = warnings;
    }

    /**
     * Adds the cells' {@code Target}s to {@code values} and the row's links to them to {@code rels}; returns the raw
     * texts accepted, in the cells' order.
     */
    List<String> plan(
            String path,
            String item,
            ChangeSubject subject,
            List<DocumentInput.YearValue> cells,
            String rowText,
            List<Entity> values,
            List<Entity.Rel> rels) {
        var raws = new ArrayList<String>();
        var years = new HashSet<Integer>();
        for (int j = 0; j < cells.size(); j++) {
            var cell = cells.get(j);
            String raw = warnings.text(path + "[" + j + "].raw", cell.raw());
            if (cell.year() < 1900 || cell.year() > 2100) {
                problems.add(path + "[" + j + "].year", cell.year() + " is not a year of a plan (1900 to 2100)");
            } else if (!years.add(cell.year())) {
                problems.add(path + "[" + j + "].year", "a second cell for " + cell.year() + "; one per year");
            } else if (raw == null) {
                problems.add(path + "[" + j + "].raw", "empty: leave the year out when the cell is empty");
            } else {
                raws.add(raw);
                String key = ImportProps.valueKey(item, subject, cell.year());
                values.add(new Entity(
                        subject,
                        "Target",
                        key,
                        ImportProps.value(item, subject, cell.year(), raw, rowText),
                        List.of()));
                rels.add(new Entity.Rel(
                        subject == ChangeSubject.RESULT ? "HAS_RESULT" : "HAS_TARGET", "Target", key, Map.of()));
            }
        }
        return raws;
    }
}
