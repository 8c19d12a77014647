package org.planlineage.editing;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Loads the agencies the graph knows into a {@link UnitMatcher}, through a transaction or a plain read alike. */
final class Units {

    static final String QUERY = """
            MATCH (a:Agency) RETURN a.key AS key, a.name AS name, a.aliases AS aliases, a.level AS level
            ORDER BY a.key
            """;

    private Units() {}

    /** The last matcher built, with the units it was built from: reused while the graph holds the same units. */
    private static final AtomicReference<UnitMatcher> LAST = new AtomicReference<>();

    /**
     * A matcher of the units the graph holds now. The units are read every time (so a unit written a moment ago is
     * known); the matcher, whose folding of every name and alias is what costs, is built again only when they
     * differ from those of the last one built (at national scale, 42,000 units for every batch of documents).
     */
    static UnitMatcher from(Function<String, List<Record>> run) {
        var units = run.apply(QUERY).stream()
                .map(r -> new UnitMatcher.Unit(
                        r.get("key").asString(),
                        r.get("name").asString(null),
                        r.get("aliases").isNull() ? List.of() : r.get("aliases").asList(Value::asString),
                        r.get("level").asString(null)))
                .toList();
        var last = LAST.get();
        if (last != null && last.units().equals(units)) {
            return last;
        }
        var built = new UnitMatcher(units);
        LAST.set(built);
        return built;
    }

    /** The unit a text names in its own words ("của Ủy ban nhân dân tỉnh Vĩnh Long"); null when none matches. */
    static String named(UnitMatcher units, String words) {
        if (words == null) {
            return null;
        }
        String name = words.strip().replaceFirst("^(?i)(của|do)\\s+", "");
        var match = units.match(name);
        return match.resolved() ? match.key() : null;
    }
}
