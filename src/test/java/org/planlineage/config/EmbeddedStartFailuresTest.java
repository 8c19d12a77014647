package org.planlineage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.planlineage.PlanLineageApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A start-up that the embedded Neo4j refuses says why and what to do in one report, not under hundreds of lines: a
 * store another process holds, a store directory that cannot be written, and a Bolt password the database refuses
 * after it was handed over. Each starts the real application, in a store under {@code target/} deleted afterwards.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedStartFailuresTest {

    @Test
    void aStoreInUseByAnotherProcessIsReportedWithWhatToDo(
            CapturedOutput output, @TempDir(factory = TargetTempDirs.class) Path store) {
        var other = BareStores.open(store);
        try {
            int before = output.getAll().length();
            assertThatThrownBy(() -> start(store)).hasRootCauseInstanceOf(Exception.class);
            String printed = output.getAll().substring(before);
            assertThat(printed)
                    .contains("APPLICATION FAILED TO START")
                    .contains("The embedded Neo4j store at " + store.toAbsolutePath()
                            + " is in use by another process (its lock file is held)")
                    .contains("Stop the other process that uses this store");
            assertThat(printed.lines().filter(l -> l.startsWith("\tat ")).count())
                    .as("stack trace lines printed")
                    .isZero();
        } finally {
            other.shutdown();
        }
    }

    @Test
    void aStoreThatCannotBeWrittenIsReportedWithWhatToDo(
            CapturedOutput output, @TempDir(factory = TargetTempDirs.class) Path parent) throws IOException {
        Path file = Files.createFile(parent.resolve("not-a-directory.txt"));
        Path store = file.resolve("neo4j"); // a directory cannot be made under a file
        int before = output.getAll().length();
        assertThatThrownBy(() -> start(store)).isInstanceOf(Exception.class);
        String printed = output.getAll().substring(before);
        assertThat(printed)
                .contains("APPLICATION FAILED TO START")
                .contains("The embedded Neo4j store at " + store.toAbsolutePath() + " cannot be written")
                .contains("Make the directory writable by the user that runs the service");
    }

    @Test
    void aPasswordStepThatFailsAfterTheDatabaseWasHandedOverFailsTheStartWithWhatToDo(
            CapturedOutput output, @TempDir(factory = TargetTempDirs.class) Path store) {
        // a store an earlier run seeded, whose Bolt user someone has since replaced by another: the database starts
        // and is handed over, the seed check finds the seed in-process, the service serves, and only the password
        // step, after the hand-over, finds no user "neo4j" to give this run's password
        start(store);
        var earlier = BareStores.open(store);
        try {
            var system = earlier.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            system.executeTransactionally("CREATE USER someone SET PASSWORD 'someone-else' CHANGE NOT REQUIRED");
            system.executeTransactionally("DROP USER neo4j");
        } finally {
            earlier.shutdown();
        }
        int before = output.getAll().length();
        assertThatThrownBy(() -> start(store))
                .isInstanceOf(EmbeddedNeo4jStartException.class)
                .hasMessageContaining("The embedded Neo4j has no user neo4j");
        String printed = output.getAll().substring(before);
        assertThat(printed)
                .contains("APPLICATION FAILED TO START")
                .contains("The embedded Neo4j's Bolt password could not be set (store " + store.toAbsolutePath())
                .contains("Set app.neo4j.embedded.password to a password Neo4j accepts");
        // the context closed and the database stopped: the store's lock is free
        BareStores.open(store).shutdown();
    }

    @Test
    void aPasswordNeo4jWouldRefuseFailsTheStartBeforeTheDatabaseStarts(
            CapturedOutput output, @TempDir(factory = TargetTempDirs.class) Path store) {
        int before = output.getAll().length();
        assertThatThrownBy(() -> start(store, "--app.neo4j.embedded.password=short"))
                .isInstanceOf(EmbeddedNeo4jStartException.class)
                .hasMessageContaining("A password must be at least 8 characters");
        assertThat(output.getAll().substring(before))
                .contains("APPLICATION FAILED TO START")
                .contains("The embedded Neo4j's Bolt password could not be set (store " + store.toAbsolutePath()
                        + "): A password must be at least 8 characters");
        assertThat(store).isEmptyDirectory();
    }

    @Test
    void aReadOnlyFileSystemIsReportedAsAStoreThatCannotBeWritten() {
        var failure = new EmbeddedNeo4jStartException(
                Path.of("/srv/store"),
                URI.create("bolt://localhost:7687"),
                new RuntimeException(
                        "Error starting database",
                        new AccessDeniedException("/srv/store/data: Read-only file system")));
        FailureAnalysis analysis = new EmbeddedNeo4jFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription())
                .startsWith("The embedded Neo4j store at /srv/store cannot be written: ")
                .contains("Read-only file system");
        assertThat(analysis.getAction()).contains("app.neo4j.embedded.data-dir");
    }

    private static void start(Path store, String... more) {
        var args = new java.util.ArrayList<>(java.util.List.of(
                "--app.neo4j.embedded.data-dir=" + store.toAbsolutePath(),
                "--server.port=0",
                "--app.neo4j.embedded.pagecache-size=8MB"));
        args.addAll(java.util.List.of(more));
        new SpringApplicationBuilder(PlanLineageApplication.class)
                .run(args.toArray(String[]::new))
                .close();
    }
}
