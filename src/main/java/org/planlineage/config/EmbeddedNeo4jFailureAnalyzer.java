package org.planlineage.config;

import java.net.BindException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.ReadOnlyFileSystemException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says in one place, instead of under hundreds of lines of stack trace, why the embedded Neo4j refused to start and
 * what to do: its store is used by another process, its directory cannot be written, its Bolt port is taken, or
 * its Bolt password refused, or anything else (with the cause and where Neo4j's own log is). Registered in {@code META-INF/spring.factories}.
 */
class EmbeddedNeo4jFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedNeo4jStartException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedNeo4jStartException failure) {
        String store = failure.dataDir().toString();
        if (failure.passwordStep()) {
            return new FailureAnalysis(
                    "The embedded Neo4j's Bolt password could not be set (store " + store + "): "
                            + failure.getCause().getMessage(),
                    "Set app.neo4j.embedded.password to a password Neo4j accepts (by default at least 8"
                            + " characters), or leave it unset for one generated at each start; Neo4j's own log, "
                            + failure.dataDir().resolve("logs").resolve("debug.log") + ", has the details.",
                    failure);
        }
        String setDir = "point app.neo4j.embedded.data-dir (or PLAN_LINEAGE_DATA_DIR) at another directory";
        for (Throwable t = failure.getCause(); t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t.getClass().getSimpleName().equals("FileLockException") || message.contains("locked by another")) {
                return new FailureAnalysis(
                        "The embedded Neo4j store at " + store + " is in use by another process (its lock file is"
                                + " held): " + message,
                        "Stop the other process that uses this store (another plan-lineage, a Neo4j server or a"
                                + " neo4j-admin command), or " + setDir + ".",
                        failure);
            }
            if (t instanceof AccessDeniedException
                    || t instanceof ReadOnlyFileSystemException
                    || (t instanceof FileSystemException && !(t instanceof java.nio.file.NoSuchFileException))
                    || message.contains("Read-only file system")) {
                return new FailureAnalysis(
                        "The embedded Neo4j store at " + store + " cannot be written: " + t,
                        "Make the directory writable by the user that runs the service, or " + setDir + ".",
                        failure);
            }
            if (t instanceof BindException || message.contains("Address already in use")) {
                return new FailureAnalysis(
                        "The embedded Neo4j's Bolt address " + failure.boltUri() + " is already in use.",
                        "Stop what listens there, or set app.neo4j.embedded.bolt-port to another port (0 picks a"
                                + " free one).",
                        failure);
            }
        }
        return new FailureAnalysis(
                "The embedded Neo4j at " + store + " did not start: " + rootFailure,
                "Neo4j's own log, " + failure.dataDir().resolve("logs").resolve("debug.log") + ", has the details.",
                failure);
    }
}
