package org.planlineage.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
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

/**
 * Starts the embedded Neo4j on its own thread when created, before the application context's refresh
 * ({@link EmbeddedNeo4jEarlyStart}), so that the whole context (configuration classes, web server, GraphQL schema,
 * controllers) initialises while the database starts. The Bolt port is chosen before the start, so the driver can be
 * configured at once; only the first use of the database waits for it ({@link #database()}). A bean of the context,
 * whose destruction stops the database.
 */
final class EmbeddedNeo4jLauncher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jLauncher.class);

    /** The Bolt user; Community Edition has this one administrator. */
    static final String USER = "neo4j";

    private final URI boltUri;
    private final String password;
    private final java.nio.file.Path dataDir;
    private final CompletableFuture<DatabaseManagementService> started;
    private final AtomicBoolean stopped = new AtomicBoolean();

    EmbeddedNeo4jLauncher(EmbeddedNeo4jProperties props) {
        int port = props.boltPort() != 0 ? props.boltPort() : freePort(props.boltHost());
        this.boltUri = URI.create("bolt://" + props.boltHost() + ":" + port);
        this.dataDir = props.dataDir().toAbsolutePath().normalize();
        this.password = props.password() != null && !props.password().isBlank() ? props.password() : generated();
        if (props.boltPort() != 0 && props.password() == null) {
            // asked for a fixed port, so someone means to connect: the only time this password is shown
            log.info(
                    "Embedded Neo4j Bolt at {}: user {}, password for this run {} (set app.neo4j.embedded.password"
                            + " to choose one)",
                    boltUri,
                    USER,
                    password);
        }
        this.started = CompletableFuture.supplyAsync(() -> start(props, port, password), runnable -> {
            Thread thread = new Thread(runnable, "embedded-neo4j-start");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private static DatabaseManagementService start(EmbeddedNeo4jProperties props, int port, String password) {
        long start = System.nanoTime();
        var dbms = new DatabaseManagementServiceBuilder(
                        props.dataDir().toAbsolutePath().normalize())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(props.boltHost(), port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // Neo4j's own HTTP server cannot start under Boot's Jetty/Jersey versions; Bolt is all we need.
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // Bolt asks for a password, so no other local process can read or write the graph
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.transaction_timeout, props.transactionTimeout())
                .setConfig(
                        GraphDatabaseSettings.pagecache_memory,
                        props.pagecacheSize().toBytes())
                // without this every shutdown waits 2 x 5 s for Bolt's Netty event loops
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                // transaction logs a checkpoint no longer needs: bounded, not Neo4j's "2 days" (docs/decisions.md)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, props.txLogRetention())
                .build();
        long ready = System.nanoTime();
        // the embedded API needs no password: set this run's (a new store's initial one must be changed anyway)
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                .executeTransactionally(
                        "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
                        java.util.Map.of("password", password));
        long passwordSet = System.nanoTime();
        // the first Cypher statement of a JVM pays ~2 s of planner start-up whatever it is: pay it here, in parallel
        // with the rest of the start, rather than in the schema step that waits for the database; the seed loader's
        // check (SeedLoader) runs the same statement, in-process too, and finds its plan cached
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
                .executeTransactionally(
                        "MATCH (s:SeedState {key: $key}) RETURN s.fingerprint AS f",
                        java.util.Map.of("key", "graph-seed"));
        log.info(
                "Embedded Neo4j started in {} ms (password set in {} ms, Cypher warmed in {} ms), store {}, Bolt on"
                        + " port {}",
                (ready - start) / 1_000_000,
                (passwordSet - ready) / 1_000_000,
                (System.nanoTime() - passwordSet) / 1_000_000,
                props.dataDir().toAbsolutePath().normalize(),
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

    String password() {
        return password;
    }

    /** 24 random bytes, URL-safe: a password nobody has to type. */
    private static String generated() {
        byte[] bytes = new byte[24];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The started database, waiting for the start if it is still under way. */
    DatabaseManagementService database() {
        try {
            return started.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the embedded Neo4j was starting", e);
        } catch (ExecutionException e) {
            throw new EmbeddedNeo4jStartException(dataDir, boltUri, e.getCause());
        }
    }

    /**
     * Shuts the database down, waiting for its start if it is still under way; last among the context's beans (this
     * one was registered first), also when the context failed to start. Once: a second call does nothing. A start
     * that fails while this waits for it leaves nothing to stop.
     */
    @Override
    public void destroy() {
        if (stopped.compareAndSet(false, true) && !started.isCompletedExceptionally()) {
            try {
                database().shutdown();
            } catch (EmbeddedNeo4jStartException failedWhileWaiting) {
                // the start failed after this wait began: nothing runs to stop, and the failure is reported by
                // whoever asked for the database (or by the context's own failure)
                log.debug("The embedded Neo4j's start failed while stopping it", failedWhileWaiting);
            }
        }
    }
}
