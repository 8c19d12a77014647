package org.planlineage.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Applies {@code schema/neo4j/schema.cypher} (constraints and indexes) to the configured database, then the data
 * migrations a store written before an index needs (each once per store).
 *
 * <p>Every statement is {@code IF NOT EXISTS}, so applying them at each start-up is safe; those whose index or
 * constraint exists are not even sent. A migration tool (Neo4j-Migrations) was measured at 10–12 s of a cold start
 * for the same work (docs/decisions.md); a schema with no history to migrate does not need one yet.
 */
@Component
public class Neo4jSchema {

    private static final Logger log = LoggerFactory.getLogger(Neo4jSchema.class);
    private static final String LOCATION = "classpath:neo4j/schema.cypher";
    private static final Pattern NAMED = Pattern.compile(
            "CREATE\\s+(?:CONSTRAINT|(?:\\w+\\s+)?INDEX)\\s+(\\w+)\\s+IF\\s+NOT\\s+EXISTS\\b",
            Pattern.CASE_INSENSITIVE);

    private final StartupStatements cypher;
    private final List<String> statements;

    Neo4jSchema(StartupStatements cypher, ResourceLoader resources) {
        this.cypher = cypher;
        this.statements = parse(read(resources.getResource(LOCATION)));
    }

    /**
     * Applies every statement whose index or constraint the database does not hold yet, each in its own auto-commit
     * transaction (schema and data cannot share one), then the migrations, then waits for the indexes to be online.
     * On an existing store this is one {@code SHOW INDEXES} and the migrations' look-ups instead of a statement per
     * index: each distinct statement costs its planning in a JVM just started (docs/benchmarks.md, "Start-up").
     */
    public void apply() {
        long start = System.nanoTime();
        int applied = 0;
        Map<String, Object> present = indexStates();
        for (String statement : statements) {
            String name = name(statement);
            if (name == null || !present.containsKey(name)) {
                cypher.run(statement);
                applied++;
            }
        }
        migrate();
        // Wait for the indexes so that the first search after start-up sees the seed.
        if (applied > 0 || !present.values().stream().allMatch("ONLINE"::equals)) {
            cypher.run("CALL db.awaitIndexes(300)");
        }
        log.info(
                "Neo4j schema applied: {} of {} statements needed (the others' indexes and constraints exist) in {} ms",
                applied,
                statements.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Every index's name and state, and the same state under the name of the constraint that owns it. */
    private Map<String, Object> indexStates() {
        Map<String, Object> states = new HashMap<>();
        for (var row : cypher.run("SHOW INDEXES YIELD name, state, owningConstraint")) {
            states.put((String) row.get("name"), row.get("state"));
            if (row.get("owningConstraint") != null) {
                states.put((String) row.get("owningConstraint"), row.get("state"));
            }
        }
        return states;
    }

    /**
     * The name a {@code CREATE … <name> IF NOT EXISTS} statement gives its index or constraint, or null for any
     * other statement (which then always runs).
     */
    static String name(String statement) {
        Matcher matcher = NAMED.matcher(statement);
        return matcher.lookingAt() ? matcher.group(1) : null;
    }

    /**
     * Stores written before the index {@code sets_indicator_document} have SETS relationships without the keys it
     * indexes: sets them once, in batches, and records it (a {@code Migration} node), so later starts only look the
     * record up. A new store has nothing to migrate (both writers set the keys). Scale 1: docs/benchmarks.md.
     */
    private void migrate() {
        String key = "sets-indicator-document";
        if (!cypher.run("MATCH (m:Migration {key: $key}) RETURN m.key", Map.of("key", key))
                .isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        // documents in key order (the document_key index gives the order), 500 at a time, each batch a transaction
        // of its own: a store of the whole country (43,000 documents, 4.3 million SETS) stays within the
        // transaction timeout and the heap, and no batch reads what an earlier one wrote
        String after = "";
        long documents = 0;
        long sets = 0;
        while (true) {
            var batch = cypher.run("""
                            MATCH (d:Document) WHERE d.key > $after
                            WITH d ORDER BY d.key LIMIT 500
                            CALL (d) {
                              MATCH (d)<-[:SET_IN]-(:PlanItem)-[r:SETS]->(i:Indicator)
                              SET r.indicator = i.key, r.document = d.key
                              RETURN count(r) AS sets
                            }
                            RETURN count(d) AS documents, max(d.key) AS last, sum(sets) AS sets
                            """, Map.of("after", after)).get(0);
            if ((Long) batch.get("documents") == 0) {
                break;
            }
            documents += (Long) batch.get("documents");
            sets += (Long) batch.get("sets");
            after = (String) batch.get("last");
        }
        cypher.run("MERGE (m:Migration {key: $key}) SET m.appliedAt = datetime()", Map.of("key", key));
        log.info(
                "Neo4j migration '{}': the keys of {} SETS of {} documents set in {} ms",
                key,
                sets,
                documents,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Splits on semicolons that end a line; lines starting with {@code //} are comments. */
    static List<String> parse(String script) {
        String withoutComments =
                script.lines().filter(line -> !line.strip().startsWith("//")).reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(withoutComments.split(";\\s*\n"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Neo4j schema at " + LOCATION, e);
        }
    }
}
