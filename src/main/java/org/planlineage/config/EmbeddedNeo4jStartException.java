package org.planlineage.config;

import java.net.URI;
import java.nio.file.Path;

/**
 * The embedded Neo4j did not start, or its Bolt password could not be set after it started;
 * {@link EmbeddedNeo4jFailureAnalyzer} tells the operator why and what to do.
 */
class EmbeddedNeo4jStartException extends IllegalStateException {

    private final transient Path dataDir;
    private final URI boltUri;
    private final boolean passwordStep;

    EmbeddedNeo4jStartException(Path dataDir, URI boltUri, Throwable cause) {
        this(dataDir, boltUri, cause, false);
    }

    private EmbeddedNeo4jStartException(Path dataDir, URI boltUri, Throwable cause, boolean passwordStep) {
        super(
                passwordStep
                        ? "The embedded Neo4j's Bolt password could not be set (store " + dataDir + "): "
                                + cause.getMessage()
                        : "The embedded Neo4j at " + dataDir + " did not start: " + cause.getMessage(),
                cause);
        this.dataDir = dataDir;
        this.boltUri = boltUri;
        this.passwordStep = passwordStep;
    }

    /** The Bolt password could not be set: refused before the start, or its step failed after the hand-over. */
    static EmbeddedNeo4jStartException passwordNotSet(Path dataDir, URI boltUri, Throwable cause) {
        return new EmbeddedNeo4jStartException(dataDir, boltUri, cause, true);
    }

    boolean passwordStep() {
        return passwordStep;
    }

    Path dataDir() {
        return dataDir;
    }

    URI boltUri() {
        return boltUri;
    }
}
