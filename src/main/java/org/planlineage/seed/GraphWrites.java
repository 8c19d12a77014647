package org.planlineage.seed;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.neo4j.driver.TransactionContext;
import org.planlineage.graph.Relation;

/**
 * The statements a seed is written with, inside one transaction: {@code MERGE} on natural keys and replace the
 * properties, every node and relationship stamped with the seed's fingerprint ({@code seedVersion}); counts what
 * they did.
 *
 * <p>Labels and relationship types cannot be Cypher parameters, so they are formatted into the statements. They
 * come from the writers' constants, except one: a document link's type is the name of its {@link Relation}, read
 * from the link's {@code relation} cell, which {@link LinkReader} accepts only when it is a relation between
 * documents. {@link #relationships} checks every type against the graph's types again before it is used. Values
 * always go in as parameters.
 */
final class GraphWrites {

    private static final Set<String> LABELS = Set.of("Agency", "Document", "PlanItem", "Indicator");
    /** Every {@link Relation}, and the structural types the API does not walk. */
    private static final Set<String> TYPES = Stream.concat(
                    Arrays.stream(Relation.values()).map(Relation::name),
                    Stream.of("PART_OF", "SUCCEEDED_BY", "ISSUED_BY", "SETS", "HAS_TARGET", "HAS_RESULT"))
            .collect(Collectors.toUnmodifiableSet());

    private final TransactionContext tx;
    private final String version;
    private SeedWriter.Counts counts = new SeedWriter.Counts(0, 0, 0, 0);

    GraphWrites(TransactionContext tx, String version) {
        this.tx = tx;
        this.version = version;
    }

    String version() {
        return version;
    }

    SeedWriter.Counts counts() {
        return counts;
    }

    /** The properties every node starts with: its key and the seed's fingerprint. */
    Map<String, Object> base(String key) {
        var p = new HashMap<String, Object>();
        p.put("key", key);
        p.put("seedVersion", version);
        return p;
    }

    /** One relationship row for {@link #relationships}. */
    static Map<String, Object> rel(String from, String to, Map<String, Object> props) {
        return Map.of("from", from, "to", to, "props", props);
    }

    <T> void nodes(String label, List<T> rows, Function<T, Map<String, Object>> props) {
        var data = rows.stream()
                .map(props)
                .map(p -> Map.of("key", p.get("key"), "props", p))
                .toList();
        run(
                "UNWIND $rows AS row MERGE (n:%s {key: row.key}) SET n = row.props".formatted(checked(label, LABELS)),
                Map.of("rows", data));
    }

    void relationships(String fromLabel, String type, String toLabel, List<Map<String, Object>> rows) {
        checked(type, TYPES);
        var data = rows.stream()
                .map(r -> {
                    @SuppressWarnings("unchecked")
                    var props = new HashMap<>((Map<String, Object>) r.get("props"));
                    props.put("seedVersion", version);
                    return Map.of("from", r.get("from"), "to", r.get("to"), "props", props);
                })
                .toList();
        run("""
                UNWIND $rows AS row
                MATCH (a:%s {key: row.from})
                MATCH (b:%s {key: row.to})
                MERGE (a)-[r:%s]->(b)
                SET r = row.props
                """.formatted(checked(fromLabel, LABELS), checked(toLabel, LABELS), type), Map.of("rows", data));
    }

    void run(String cypher, Map<String, Object> params) {
        counts = counts.plus(tx.run(cypher, params).consume());
    }

    private static String checked(String name, Set<String> allowed) {
        if (!allowed.contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is not a label or relationship type the seed writes");
        }
        return name;
    }

    /** An enum value as the graph stores it: its constant's name; null stays null. */
    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
