package org.planlineage.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Starts the embedded Neo4j on its own thread as soon as the application context begins to refresh, so that the
 * rest of the context (web server, GraphQL schema, controllers) initialises while the database starts: on two cores
 * that saves most of the database's start time. The Bolt port is chosen before the start, so the driver can be
 * configured at once; only the first use of the database waits for it ({@link #database()}).
 *
 * <p>A {@link BeanFactoryPostProcessor} only so that Spring instantiates it before any ordinary bean.
 */
final class EmbeddedNeo4jLauncher implements BeanFactoryPostProcessor, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jLauncher.class);

    private final URI boltUri;
    private final CompletableFuture<DatabaseManagementService> started;

    EmbeddedNeo4jLauncher(EmbeddedNeo4jProperties props) {
        int port = props.boltPort() != 0 ? props.boltPort() : freePort(props.boltHost());
        this.boltUri = URI.create("bolt://" + props.boltHost() + ":" + port);
        this.started = CompletableFuture.supplyAsync(() -> start(props, port), runnable -> {
            Thread thread = new Thread(runnable, "embedded-neo4j-start");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private static DatabaseManagementService start(EmbeddedNeo4jProperties props, int port) {
        long start = System.nanoTime();
        var dbms = new DatabaseManagementServiceBuilder(props.dataDir().toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(props.boltHost(), port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // Neo4j's own HTTP server cannot start under Boot's Jetty/Jersey versions; Bolt is all we need.
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(
                        GraphDatabaseSettings.pagecache_memory,
                        props.pagecacheSize().toBytes())
                // without this every shutdown waits 2 x 5 s for Bolt's Netty event loops
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
        long ready = System.nanoTime();
        // the first Cypher statement of a JVM pays ~2 s of planner start-up whatever it is: pay it here, in parallel
        // with the rest of the start, rather than in the schema step that waits for the database
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
                .executeTransactionally(
                        "MATCH (s:SeedState {key: $key}) RETURN s.fingerprint", java.util.Map.of("key", "graph-seed"));
        log.info(
                "Embedded Neo4j started in {} ms (Cypher warmed in {} ms), store {}, Bolt on port {}",
                (ready - start) / 1_000_000,
                (System.nanoTime() - ready) / 1_000_000,
                props.dataDir().toAbsolutePath(),
                port);
        return dbms;
    }

    /** A port the OS reports free now; Neo4j binds it a moment later (the race is accepted for a local default). */
    private static int freePort(String host) {
        try (var socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free port for the embedded Neo4j's Bolt connector", e);
        }
    }

    URI boltUri() {
        return boltUri;
    }

    /** The started database, waiting for the start if it is still under way. */
    DatabaseManagementService database() {
        try {
            return started.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the embedded Neo4j was starting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "The embedded Neo4j did not start: " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        // nothing to change: being a BeanFactoryPostProcessor is what starts the database early
    }

    /** Shuts the database down last (this bean was created first), also when the context failed to start. */
    @Override
    public void destroy() {
        if (!started.isCompletedExceptionally()) {
            database().shutdown();
        }
    }
}
