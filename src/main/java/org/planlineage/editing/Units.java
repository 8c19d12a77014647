package org.planlineage.editing;

import java.util.List;
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

    static UnitMatcher from(Function<String, List<Record>> run) {
        return new UnitMatcher(run.apply(QUERY).stream()
                .map(r -> new UnitMatcher.Unit(
                        r.get("key").asString(),
                        r.get("name").asString(null),
                        r.get("aliases").isNull() ? List.of() : r.get("aliases").asList(Value::asString),
                        r.get("level").asString(null)))
                .toList());
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
