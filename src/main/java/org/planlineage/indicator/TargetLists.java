package org.planlineage.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.planlineage.graph.Decoding;

/**
 * How {@code compare} reads its targets: each as a list of its values, not a map, in one of three widths chosen by
 * what the request selects ({@link ComparisonSelection}). The store is read in one pass by a map projection of
 * {@code t} ({@link #projection}), turned into a list ({@link #list}) that {@link #decode} reads by position.
 */
enum TargetLists {
    /** Every property, the breakdowns included. */
    FULL(true, true),
    /** Without the breakdowns, which no verdict uses: a request that selects none. */
    PARTS(true, false),
    /**
     * The cell's own values and the number of its parts, without the parts' six lists: what the verdicts read ("holds
     * several values", text or not); a request that selects neither parts nor breakdowns.
     */
    COUNTED(false, false);

    /** The properties' names (a holder: an enum's constants cannot read its own static fields). */
    private static final class Names {
        /** The cell's own properties, first in every width. */
        static final List<String> CELL = List.of("year", "raw", "comparator", "value", "unit", "scope");

        static final List<String> PARTS =
                List.of("partRaw", "partComparator", "partValue", "partUnit", "partScope", "partSub");

        static final List<String> BREAKDOWNS =
                List.of("breakdownRaw", "breakdownLabel", "breakdownCounts", "breakdownPart");

        /** COUNTED's last value: the parts' count, as {@link Target#decode} counts them (the raws; none if absent). */
        static final String COUNT = "coalesce(size(m.partRaw), 0)";
    }

    /** COUNTED's name for the parts' count in {@link #list}. */
    private static final String PART_COUNT = "partCount";

    private final List<String> names;
    private final Map<String, Integer> positions = new HashMap<>();

    TargetLists(boolean parts, boolean breakdowns) {
        var all = new ArrayList<>(Names.CELL);
        if (parts) {
            all.addAll(Names.PARTS);
        } else {
            all.add("partCount");
        }
        if (breakdowns) {
            all.addAll(Names.BREAKDOWNS);
        }
        names = List.copyOf(all);
        for (int i = 0; i < names.size(); i++) {
            positions.put(names.get(i), i);
        }
    }

    /** The width a comparison reads: the narrowest that holds what the request selects. */
    static TargetLists of(ComparisonSelection selection) {
        return selection.breakdowns() ? FULL : selection.parts() ? PARTS : COUNTED;
    }

    /**
     * The map projection of {@code t} that reads this width's properties. COUNTED reads the parts' raws (one list of
     * the six) in the same projection, which reads the store in one pass: an expression beside the properties
     * ({@code size(t.partRaw)}) made the runtime read every property by itself (7 db hits a target more).
     */
    String projection() {
        return "t {"
                + String.join(", ", names.stream().map(n -> "." + stored(n)).toList()) + "}";
    }

    /** The same properties as a list of the values of {@code m}, the {@link #projection}, which {@link #decode} reads. */
    String list() {
        return "["
                + String.join(
                        ", ",
                        names.stream()
                                .map(n -> n.equals(PART_COUNT) ? Names.COUNT : "m." + n)
                                .toList()) + "]";
    }

    /** The stored property a name of the list reads: the parts' count reads the parts' raws. */
    private static String stored(String name) {
        return name.equals(PART_COUNT) ? "partRaw" : name;
    }

    /** A target from its {@link #list}. */
    Target decode(String itemKey, Value values) {
        if (this != COUNTED) {
            return Target.decode(itemKey, name -> {
                Integer i = positions.get(name);
                return i == null ? Values.NULL : values.get(i);
            });
        }
        Value value = values.get(3);
        return new Target(
                itemKey,
                values.get(0).asInt(),
                values.get(1).asString(),
                Decoding.enumValue(Comparator.class, values.get(2)),
                value.isNull() ? null : value.asNumber().doubleValue(),
                Decoding.enumValue(TargetUnit.class, values.get(4)),
                values.get(5).asString(null),
                List.of(),
                List.of(),
                values.get(6).asInt());
    }
}
