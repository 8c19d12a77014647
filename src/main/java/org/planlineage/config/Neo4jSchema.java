package org.planlineage.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Applies {@code schema/neo4j/schema.cypher} (constraints and indexes) to the configured database.
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
            // Wait for the indexes so that the first search after start-up sees the seed.
            session.run("CALL db.awaitIndexes(300)").consume();
        }
        log.info(
                "Neo4j schema applied: {} statements in {} ms",
                statements.size(),
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
