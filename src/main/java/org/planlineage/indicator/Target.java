package org.planlineage.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A target or a result of one year: the raw cell and what it parses to (serves both GraphQL types). */
public record Target(
        String itemKey,
        int year,
        String raw,
        String comparator,
        Double value,
        String unit,
        String scope,
        List<Part> parts) {

    /** One value of the cell. */
    public record Part(String raw, String comparator, double value, String unit, String scope, boolean subPart) {}

    public boolean isSingleNumber() {
        return value != null;
    }

    @SuppressWarnings("unchecked")
    static Target fromMap(String itemKey, Map<String, Object> m) {
        var raws = (List<String>) m.get("partRaw");
        var comparators = (List<String>) m.get("partComparator");
        var values = (List<Number>) m.get("partValue");
        var units = (List<String>) m.get("partUnit");
        var scopes = (List<String>) m.get("partScope");
        var subs = (List<Boolean>) m.get("partSub");
        var parts = new ArrayList<Part>();
        for (int i = 0; raws != null && i < raws.size(); i++) {
            parts.add(new Part(
                    raws.get(i),
                    comparators.get(i),
                    values.get(i).doubleValue(),
                    units.get(i),
                    scopes.get(i).isEmpty() ? null : scopes.get(i),
                    subs.get(i)));
        }
        Number value = (Number) m.get("value");
        return new Target(
                itemKey,
                ((Number) m.get("year")).intValue(),
                (String) m.get("raw"),
                (String) m.get("comparator"),
                value == null ? null : value.doubleValue(),
                (String) m.get("unit"),
                (String) m.get("scope"),
                List.copyOf(parts));
    }
}
