package org.planlineage.config;

import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/** The embedded Neo4j's settings, from the service's ({@link EmbeddedNeo4jProperties}), for its launcher. */
final class EmbeddedNeo4jSettings {

    private EmbeddedNeo4jSettings() {}

    /**
     * A builder for the store {@code props} names, Bolt on {@code port} with a password, and its initial password read
     * from {@code initialPasswordDirectory} ({@link InitialPassword}).
     */
    static DatabaseManagementServiceBuilder builder(
            EmbeddedNeo4jProperties props, int port, Path initialPasswordDirectory) {
        return new DatabaseManagementServiceBuilder(
                        props.dataDir().toAbsolutePath().normalize())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(props.boltHost(), port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // Neo4j's own HTTP server cannot start under Boot's Jetty/Jersey versions; Bolt is all we need.
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // Bolt asks for a password, so no other local process can read or write the graph; never the default
                // one: a new store's user is created with this run's before Bolt listens (InitialPassword)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseInternalSettings.auth_store_directory, initialPasswordDirectory)
                .setConfig(GraphDatabaseSettings.transaction_timeout, props.transactionTimeout())
                .setConfig(
                        GraphDatabaseSettings.pagecache_memory,
                        props.pagecacheSize().toBytes())
                // without this every shutdown waits 2 x 5 s for Bolt's Netty event loops
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                // transaction logs a checkpoint no longer needs: bounded, not Neo4j's "2 days" (docs/decisions.md)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, props.txLogRetention());
    }
}
