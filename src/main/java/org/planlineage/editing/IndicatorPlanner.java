package org.planlineage.editing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.TransactionContext;

/**
 * The indicator each imported row sets: an existing one named by key (linked, never changed), a new shared one
 * (a key and a name), or, when the row names none, one of its own ({@code item-<row key>}) as the seed gives every
 * row without a counterpart.
 */
final class IndicatorPlanner {

    private final TransactionContext tx;
    private final Problems problems;
    private final Warnings warnings;
    private final Map<String, Entity> indicators = new LinkedHashMap<>();
    private final Set<String> referenced = new LinkedHashSet<>();

    IndicatorPlanner(TransactionContext tx, Problems problems, Warnings warnings) {
        this.tx = tx;
        this.problems = problems;
        this.warnings = warnings;
    }

    /** The indicators to write. */
    List<Entity> planned() {
        return List.copyOf(indicators.values());
    }

    /** Existing indicators the rows link to. */
    Set<String> referenced() {
        return referenced;
    }

    /** An indicator the graph holds: its name and unit. */
    private record Known(String name, String unit) {}

    /** What the graph holds for each key looked up so far; null for a key it does not hold. */
    private final Map<String, Known> known = new HashMap<>();

    /** Reads the indicators these rows name, in one statement instead of one per row. */
    void prefetch(List<DocumentInput.ItemInput> rows) {
        read(rows.stream()
                .filter(r -> r.indicator() != null
                        && DocumentKeys.isKey(r.indicator().key()))
                .map(r -> r.indicator().key())
                .toList());
    }

    private void read(List<String> wanted) {
        var keys = wanted.stream().filter(k -> !known.containsKey(k)).distinct().toList();
        if (keys.isEmpty()) {
            return;
        }
        keys.forEach(k -> known.put(k, null));
        tx.run(
                        "UNWIND $keys AS key MATCH (i:Indicator {key: key}) RETURN key, i.name AS name, i.unit AS unit",
                        Map.of("keys", keys))
                .list()
                .forEach(r -> known.put(
                        r.get("key").asString(),
                        new Known(r.get("name").asString(null), r.get("unit").asString(null))));
    }

    private Known existing(String key) {
        read(List.of(key));
        return known.get(key);
    }

    /** The key of the indicator the row sets; null (with a problem) when the input's is unusable. */
    String plan(String path, String item, DocumentInput.ItemInput in, String text, List<String> targetRaws) {
        var given = in.indicator();
        if (given == null) {
            String own = "item-" + item.replace(':', '-');
            indicators.put(
                    own,
                    new Entity(
                            ChangeSubject.INDICATOR,
                            "Indicator",
                            own,
                            ImportProps.indicator(
                                    own, text, in.pillar().name(), ImportProps.unitOf(targetRaws, text), false),
                            List.of()));
            return own;
        }
        if (!DocumentKeys.isKey(given.key())) {
            problems.add(path + ".key", "'" + given.key() + "' is not a key: lower-case letters, digits and dashes");
            return null;
        }
        String name = warnings.text(path + ".name", given.name());
        var existing = existing(given.key());
        if (existing != null) {
            String knownName = existing.name();
            String knownUnit = existing.unit();
            if ((name != null && !name.equals(knownName))
                    || (given.unit() != null && !given.unit().name().equals(knownUnit))) {
                problems.add(
                        path,
                        "indicator '" + given.key() + "' exists as '" + knownName + "' (" + knownUnit
                                + "); leave 'name' and 'unit' out to link to it, or choose a new key");
                return null;
            }
            referenced.add(given.key());
            return given.key();
        }
        Entity planned = indicators.get(given.key());
        if (planned == null && name == null) {
            problems.add(
                    path + ".name", "indicator '" + given.key() + "' does not exist; give its 'name' to create it");
            return null;
        }
        if (planned == null) {
            String unit = given.unit() != null ? given.unit().name() : ImportProps.unitOf(targetRaws, text);
            indicators.put(
                    given.key(),
                    new Entity(
                            ChangeSubject.INDICATOR,
                            "Indicator",
                            given.key(),
                            ImportProps.indicator(given.key(), name, in.pillar().name(), unit, true),
                            List.of()));
        } else if (name != null && !name.equals(planned.props().get("name"))) {
            problems.add(
                    path + ".name",
                    "an earlier row creates '" + given.key() + "' as '"
                            + planned.props().get("name") + "'; repeat that name or leave it out");
        }
        return given.key();
    }
}
