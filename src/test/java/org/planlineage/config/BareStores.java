package org.planlineage.config;

import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Opens a store directly in this JVM, no connector and a small page cache: the start tests' way to hold a store's lock
 * themselves, or to see that nothing else holds it.
 */
final class BareStores {

    private BareStores() {}

    /** The store at {@code store}, opened; the caller shuts it down. */
    static DatabaseManagementService open(Path store) {
        return new DatabaseManagementServiceBuilder(store.toAbsolutePath())
                .setConfig(BoltConnector.enabled, false)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 8L * 1024 * 1024)
                .build();
    }
}
