package org.planlineage.support;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * In-process Neo4j servers for the tests, started once per JVM and shared by every Spring test context that points
 * at them (Spring caches contexts beyond a test class, so closing a server in {@code @AfterAll} would break them).
 * {@link #seeded()} holds the real seed; {@link #fixture()} holds the small narrative fixture of graph shapes.
 */
public final class Neo4jHarness {

    private Neo4jHarness() {}

    private static final class Seeded {
        static final Neo4j INSTANCE = start();
    }

    private static final class Fixture {
        static final Neo4j INSTANCE = start();
    }

    private static final class Editing {
        static final Neo4j INSTANCE = start();
    }

    public static Neo4j seeded() {
        return Seeded.INSTANCE;
    }

    public static Neo4j fixture() {
        return Fixture.INSTANCE;
    }

    /** The fixture again, for tests that write: imports and removals never disturb the read-only tests. */
    public static Neo4j editing() {
        return Editing.INSTANCE;
    }

    private static Neo4j start() {
        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer() // Neo4j's HTTP server cannot start under Boot's Jetty/Jersey; Bolt is enough
                .withConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                // the ceiling for any transaction, as on the embedded database; requests end theirs at their deadline
                .withConfig(GraphDatabaseSettings.transaction_timeout, java.time.Duration.ofSeconds(60))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close));
        return neo4j;
    }
}
