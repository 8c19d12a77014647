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
import org.planlineage.PlanLineageApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A start-up that the embedded Neo4j refuses says why and what to do in one report, not under hundreds of lines: a
 * store another process holds, and a store directory that cannot be written. Each starts the real application.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedStartFailuresTest {

    @Test
    void aStoreInUseByAnotherProcessIsReportedWithWhatToDo(CapturedOutput output) throws IOException {
        Path store = Files.createTempDirectory(Path.of("target"), "locked-store-");
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
    void aStoreThatCannotBeWrittenIsReportedWithWhatToDo(CapturedOutput output) throws IOException {
        Path file = Files.createTempFile(Path.of("target"), "not-a-directory-", ".txt");
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

    private static void start(Path store) {
        new SpringApplicationBuilder(PlanLineageApplication.class)
                .run(
                        "--app.neo4j.embedded.data-dir=" + store.toAbsolutePath(),
                        "--server.port=0",
                        "--app.neo4j.embedded.pagecache-size=8MB")
                .close();
    }
}
