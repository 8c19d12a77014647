package org.planlineage.config;

import java.net.URI;
import java.nio.file.Path;

/** The embedded Neo4j did not start; {@link EmbeddedNeo4jFailureAnalyzer} tells the operator why and what to do. */
class EmbeddedNeo4jStartException extends IllegalStateException {

    private final transient Path dataDir;
    private final URI boltUri;

    EmbeddedNeo4jStartException(Path dataDir, URI boltUri, Throwable cause) {
        super("The embedded Neo4j at " + dataDir + " did not start: " + cause.getMessage(), cause);
        this.dataDir = dataDir;
        this.boltUri = boltUri;
    }

    Path dataDir() {
        return dataDir;
    }

    URI boltUri() {
        return boltUri;
    }
}
