package org.planlineage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.planlineage.PlanLineageApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.unit.DataSize;

/**
 * The embedded database starts before the context's refresh ({@link EmbeddedNeo4jEarlyStart}), so a start that fails
 * anywhere after it must still stop the database: each case here fails a start on a fresh store, then opens the same
 * store in this JVM, which Neo4j refuses while another database holds the store's lock. The stores are JUnit's
 * temporary directories under {@code target/}, deleted after each test.
 */
class EmbeddedEarlyStartTest {

    @Test
    void aContextThatFailsWhileTheDatabaseStartsStopsIt(@TempDir(factory = TargetTempDirs.class) Path store)
            throws IOException {
        // the seed's mode is bound while the singletons are created, early in the refresh
        assertThatThrownBy(() -> start(store, 0, "--app.seed.mode=SOMETIMES"))
                .hasStackTraceContaining("app.seed.mode")
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertTheStoreIsFree(store);
    }

    @Test
    void aContextThatFailsAfterTheDatabaseStartedStopsIt(@TempDir(factory = TargetTempDirs.class) Path store)
            throws IOException {
        // the web server starts last, after the schema step and the seed have used the database
        try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> start(store, taken.getLocalPort())).hasCauseInstanceOf(PortInUseException.class);
        }
        assertTheStoreIsFree(store);
    }

    @Test
    void aRunThatFailsBeforeTheRefreshStopsTheDatabaseItStarted(@TempDir(factory = TargetTempDirs.class) Path store)
            throws IOException {
        var context = new GenericApplicationContext();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "test",
                        Map.of(
                                "app.neo4j.embedded.data-dir",
                                store.toAbsolutePath().toString(),
                                "app.neo4j.embedded.pagecache-size",
                                "8MB")));
        var early = new EmbeddedNeo4jEarlyStart(null, new String[0]);
        early.contextPrepared(context);
        assertThat(context.getBeanFactory().getSingleton(EmbeddedNeo4jEarlyStart.BEAN_NAME))
                .isInstanceOf(EmbeddedNeo4jLauncher.class);
        early.failed(context, new IllegalStateException("a failure before the refresh"));
        assertTheStoreIsFree(store);
    }

    @Test
    void anExternalDatabaseStartsNoEmbeddedOne() {
        for (var property : Map.of(
                        "spring.neo4j.uri", "bolt://localhost:7687",
                        "app.neo4j.embedded.enabled", "false")
                .entrySet()) {
            var context = new GenericApplicationContext();
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("test", Map.of(property.getKey(), property.getValue())));
            new EmbeddedNeo4jEarlyStart(null, new String[0]).contextPrepared(context);
            assertThat(context.getBeanFactory().containsSingleton(EmbeddedNeo4jEarlyStart.BEAN_NAME))
                    .as(property.toString())
                    .isFalse();
        }
    }

    @Test
    void stoppingADatabaseWhoseStartFailsWhileWaitingThrowsNothing(@TempDir(factory = TargetTempDirs.class) Path parent)
            throws IOException {
        // a regular file where the store's directory should be: the start fails once Neo4j tries to use it, a moment
        // after the launcher's constructor has begun it, so destroy() waits for the start and sees it fail
        Path notADirectory = Files.createFile(parent.resolve("not-a-store"));
        var launcher = new EmbeddedNeo4jLauncher(new EmbeddedNeo4jProperties(
                true,
                notADirectory,
                "localhost",
                0,
                DataSize.ofMegabytes(8),
                null,
                Duration.ofMinutes(2),
                EmbeddedNeo4jProperties.Reads.IN_PROCESS,
                "1G size"));
        assertThatCode(launcher::destroy).doesNotThrowAnyException();
        assertThatThrownBy(launcher::database).isInstanceOf(EmbeddedNeo4jStartException.class);
    }

    private static void start(Path store, int port, String... more) {
        var args = new java.util.ArrayList<>(java.util.List.of(
                "--app.neo4j.embedded.data-dir=" + store.toAbsolutePath(),
                "--app.neo4j.embedded.pagecache-size=8MB",
                "--server.port=" + port));
        args.addAll(java.util.List.of(more));
        new SpringApplicationBuilder(PlanLineageApplication.class)
                .run(args.toArray(String[]::new))
                .close();
    }

    /** Opens the store and closes it again: possible only when no other database holds it. */
    private static void assertTheStoreIsFree(Path store) {
        var other = BareStores.open(store);
        try {
            assertThat(other.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
                            .isAvailable(10_000))
                    .isTrue();
        } finally {
            other.shutdown();
        }
    }
}
