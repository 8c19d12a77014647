package org.planlineage.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Applies {@code schema/neo4j/schema.cypher} (constraints and indexes) to the configured database, then the data
 * migrations a store written before an index needs (each once per store).
 *
 * <p>Every statement is {@code IF NOT EXISTS}, so applying them at each start-up is safe and costs a few hundred
 * milliseconds. A migration tool (Neo4j-Migrations) was measured at 10–12 s of a cold start for the same work
 * (docs/decisions.md); a schema with no history to migrate does not need one yet.
 */
@Component
public class Neo4jSchema {

    private static final Logger log = LoggerFactory.getLogger(Neo4jSchema.class);
    private static final String LOCATION = "classpath:neo4j/schema.cypher";

    private final Neo4jSessions sessions;
    private final List<String> statements;

    Neo4jSchema(Neo4jSessions sessions, ResourceLoader resources) {
        this.sessions = sessions;
        this.statements = parse(read(resources.getResource(LOCATION)));
    }

    /** Applies every statement in its own auto-commit transaction (schema and data cannot share one). */
    public void apply() {
        long start = System.nanoTime();
        try (var session = sessions.open()) {
            for (String statement : statements) {
                session.run(statement).consume();
            }
            migrate(session);
            // Wait for the indexes so that the first search after start-up sees the seed.
            session.run("CALL db.awaitIndexes(300)").consume();
        }
        log.info(
                "Neo4j schema applied: {} statements in {} ms",
                statements.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Stores written before the index {@code sets_indicator_document} have SETS relationships without the keys it
     * indexes: sets them once, in batches, and records it (a {@code Migration} node), so later starts only look the
     * record up. A new store has nothing to migrate (both writers set the keys). Scale 1: docs/benchmarks.md.
     */
    private static void migrate(Session session) {
        String key = "sets-indicator-document";
        if (!session.run("MATCH (m:Migration {key: $key}) RETURN m.key", Map.of("key", key))
                .list()
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
            var batch = session.run("""
                            MATCH (d:Document) WHERE d.key > $after
                            WITH d ORDER BY d.key LIMIT 500
                            CALL (d) {
                              MATCH (d)<-[:SET_IN]-(:PlanItem)-[r:SETS]->(i:Indicator)
                              SET r.indicator = i.key, r.document = d.key
                              RETURN count(r) AS sets
                            }
                            RETURN count(d) AS documents, max(d.key) AS last, sum(sets) AS sets
                            """, Map.of("after", after)).single();
            if (batch.get("documents").asLong() == 0) {
                break;
            }
            documents += batch.get("documents").asLong();
            sets += batch.get("sets").asLong();
            after = batch.get("last").asString();
        }
        session.run("MERGE (m:Migration {key: $key}) SET m.appliedAt = datetime()", Map.of("key", key))
                .consume();
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
