package org.planlineage.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Value;
import org.planlineage.graph.Decoding;

/**
 * A target or a result of one year: the raw cell and what it parses to (serves both GraphQL types). Also the one
 * place that says how a target is kept on a {@code Target} node, both ways: {@link #toProperties} (the seed loader
 * writes it) and {@link #from} (reads decode it); parts and breakdowns are parallel lists, as Neo4j holds no maps.
 */
public record Target(
        String itemKey,
        int year,
        String raw,
        Comparator comparator,
        Double value,
        TargetUnit unit,
        String scope,
        List<Part> parts,
        List<Breakdown> breakdowns,
        int partCount) {

    /**
     * {@code partCount} is the number of the cell's values: {@code parts}' size when they are read, or their count
     * alone when they are not ({@link TargetLists#COUNTED}: a comparison that selects no part reads only what its
     * verdicts need); {@code parts} and {@code breakdowns} are then empty.
     */
    public Target {
        if (!parts.isEmpty() && parts.size() != partCount) {
            throw new IllegalArgumentException(parts.size() + " parts read, " + partCount + " counted");
        }
    }

    /** A target with its parts read: their count is theirs. */
    public Target(
            String itemKey,
            int year,
            String raw,
            Comparator comparator,
            Double value,
            TargetUnit unit,
            String scope,
            List<Part> parts,
            List<Breakdown> breakdowns) {
        this(itemKey, year, raw, comparator, value, unit, scope, parts, breakdowns, parts.size());
    }

    /** The properties a target is served with, as a map projection of {@code t}. */
    public static final String PROJECTION = TargetLists.FULL.projection();

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

    /** The properties of a Target node for one year's cell: the raw text beside what it parses to. */
    public static Map<String, Object> toProperties(int year, String raw, TargetParser.Parsed parsed) {
        var p = new HashMap<String, Object>();
        p.put("year", year);
        p.put("raw", raw);
        p.put(
                "comparator",
                parsed.comparator() == null ? null : parsed.comparator().name());
        p.put("value", parsed.value());
        p.put("unit", parsed.unit().name());
        p.put("scope", parsed.scope());
        var parts = parsed.parts();
        p.put("partRaw", parts.stream().map(TargetParser.Part::raw).toList());
        p.put("partComparator", parts.stream().map(x -> x.comparator().name()).toList());
        p.put("partValue", parts.stream().map(TargetParser.Part::value).toList());
        p.put("partUnit", parts.stream().map(x -> x.unit().name()).toList());
        p.put("partScope", parts.stream().map(x -> nonNull(x.scope())).toList());
        p.put("partSub", parts.stream().map(TargetParser.Part::sub).toList());
        // a breakdown's value is one of the parts, stored as its position among them (-1: it names units)
        var breakdowns = parsed.breakdowns();
        p.put("breakdownRaw", breakdowns.stream().map(Breakdowns.Breakdown::raw).toList());
        p.put("breakdownLabel", breakdowns.stream().map(b -> nonNull(b.label())).toList());
        p.put(
                "breakdownCounts",
                breakdowns.stream().map(b -> nonNull(b.counts())).toList());
        p.put(
                "breakdownPart",
                breakdowns.stream().map(b -> indexOf(parts, b.part())).toList());
        return p;
    }

    /** The position of {@code part} (by identity) in {@code parts}; -1 for none. */
    private static int indexOf(List<TargetParser.Part> parts, TargetParser.Part part) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) == part) {
                return i;
            }
        }
        return -1;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** Reads a Target node's properties back ({@link #toProperties}): the cell's fields, the part and breakdown lists. */
    public static Target from(String itemKey, Value t) {
        return decode(itemKey, t::get);
    }

    /** A target from its properties by name ({@code t}: a property's value, null when absent). */
    static Target decode(String itemKey, Function<String, Value> t) {
        var raws = t.apply("partRaw").asList(Value::asString, List.of());
        var comparators = t.apply("partComparator").asList(v -> Comparator.valueOf(v.asString()), List.of());
        var values = t.apply("partValue").asList(v -> v.asNumber().doubleValue(), List.of());
        var units = t.apply("partUnit").asList(v -> TargetUnit.valueOf(v.asString()), List.of());
        var scopes = t.apply("partScope").asList(Value::asString, List.of());
        var subs = t.apply("partSub").asList(Value::asBoolean, List.of());
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
        var labels = t.apply("breakdownLabel").asList(Value::asString, List.of());
        var counts = t.apply("breakdownCounts").asList(Value::asString, List.of());
        var partIndexes = t.apply("breakdownPart").asList(Value::asInt, List.of());
        var breakdowns = new ArrayList<Breakdown>();
        var bRaws = t.apply("breakdownRaw").asList(Value::asString, List.of());
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
        Value value = t.apply("value");
        return new Target(
                itemKey,
                t.apply("year").asInt(),
                t.apply("raw").asString(),
                Decoding.enumValue(Comparator.class, t.apply("comparator")),
                value.isNull() ? null : value.asNumber().doubleValue(),
                Decoding.enumValue(TargetUnit.class, t.apply("unit")),
                t.apply("scope").asString(null),
                List.copyOf(parts),
                List.copyOf(breakdowns));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
