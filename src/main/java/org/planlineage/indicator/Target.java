package org.planlineage.indicator;

import java.util.ArrayList;
import java.util.List;
import org.neo4j.driver.Value;
import org.planlineage.graph.Decoding;

/** A target or a result of one year: the raw cell and what it parses to (serves both GraphQL types). */
public record Target(
        String itemKey,
        int year,
        String raw,
        Comparator comparator,
        Double value,
        TargetUnit unit,
        String scope,
        List<Part> parts,
        List<Breakdown> breakdowns) {

    /** One value of the cell. */
    public record Part(
            String raw, Comparator comparator, double value, TargetUnit unit, String scope, boolean subPart) {}

    /**
     * One piece of the cell that breaks the main value down ("trong đó", "gồm"): its words, its label ("cấp xã"), its
     * value when it has one (else comparator and value are null and the unit is TEXT), and what it counts.
     */
    public record Breakdown(
            String raw, String label, Comparator comparator, Double value, TargetUnit unit, String counts) {}

    public boolean isSingleNumber() {
        return value != null;
    }

    /** From a target node's properties: the cell's own fields and the parallel {@code part*} and {@code breakdown*} lists. */
    static Target from(String itemKey, Value t) {
        var raws = t.get("partRaw").asList(Value::asString, List.of());
        var comparators = t.get("partComparator").asList(v -> Comparator.valueOf(v.asString()), List.of());
        var values = t.get("partValue").asList(v -> v.asNumber().doubleValue(), List.of());
        var units = t.get("partUnit").asList(v -> TargetUnit.valueOf(v.asString()), List.of());
        var scopes = t.get("partScope").asList(Value::asString, List.of());
        var subs = t.get("partSub").asList(Value::asBoolean, List.of());
        var parts = new ArrayList<Part>();
        for (int i = 0; i < raws.size(); i++) {
            parts.add(new Part(
                    raws.get(i),
                    comparators.get(i),
                    values.get(i),
                    units.get(i),
                    scopes.get(i).isEmpty() ? null : scopes.get(i),
                    subs.get(i)));
        }
        var labels = t.get("breakdownLabel").asList(Value::asString, List.of());
        var counts = t.get("breakdownCounts").asList(Value::asString, List.of());
        var partIndexes = t.get("breakdownPart").asList(Value::asInt, List.of());
        var breakdowns = new ArrayList<Breakdown>();
        var bRaws = t.get("breakdownRaw").asList(Value::asString, List.of());
        for (int i = 0; i < bRaws.size(); i++) {
            Part p = partIndexes.get(i) < 0 ? null : parts.get(partIndexes.get(i));
            breakdowns.add(new Breakdown(
                    bRaws.get(i),
                    emptyToNull(labels.get(i)),
                    p == null ? null : p.comparator(),
                    p == null ? null : p.value(),
                    p == null ? TargetUnit.TEXT : p.unit(),
                    emptyToNull(counts.get(i))));
        }
        Value value = t.get("value");
        return new Target(
                itemKey,
                t.get("year").asInt(),
                t.get("raw").asString(),
                Decoding.enumValue(Comparator.class, t.get("comparator")),
                value.isNull() ? null : value.asNumber().doubleValue(),
                Decoding.enumValue(TargetUnit.class, t.get("unit")),
                t.get("scope").asString(null),
                List.copyOf(parts),
                List.copyOf(breakdowns));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
