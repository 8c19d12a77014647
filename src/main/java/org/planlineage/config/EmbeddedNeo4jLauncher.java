package org.planlineage.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Starts the embedded Neo4j on its own thread when created, before the application context's refresh
 * ({@link EmbeddedNeo4jEarlyStart}), so that the whole context (configuration classes, web server, GraphQL schema,
 * controllers) initialises while the database starts. The Bolt port is chosen before the start, so the driver can be
 * configured at once; only the first use of the database waits for it ({@link #database()}). The database is handed
 * over as soon as its first statement has run; the Bolt password step runs after that on the same thread, and the
 * driver's logins wait for it ({@link #passwordSet()}; docs/decisions.md, "The password after the hand-over"). A bean
 * of the context, whose destruction stops the database.
 */
final class EmbeddedNeo4jLauncher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jLauncher.class);

    /** The Bolt user; Community Edition has this one administrator. */
    static final String USER = "neo4j";

    private final URI boltUri;
    private final String password;
    private final java.nio.file.Path dataDir;
    private final CompletableFuture<DatabaseManagementService> started = new CompletableFuture<>();
    private final CompletableFuture<Void> passwordSet = new CompletableFuture<>();
    private final AtomicBoolean stopped = new AtomicBoolean();

    EmbeddedNeo4jLauncher(EmbeddedNeo4jProperties props) {
        int port = props.boltPort() != 0 ? props.boltPort() : freePort(props.boltHost());
        this.boltUri = URI.create("bolt://" + props.boltHost() + ":" + port);
        this.dataDir = props.dataDir().toAbsolutePath().normalize();
        this.password = props.password() != null && !props.password().isBlank() ? props.password() : generated();
        // Neo4j's own rule for ALTER USER: the password is set without that command (InitialPassword), so checked here
        int minimum = GraphDatabaseSettings.auth_minimum_password_length.defaultValue();
        if (password.length() < minimum) {
            throw EmbeddedNeo4jStartException.passwordNotSet(
                    dataDir,
                    boltUri,
                    new IllegalArgumentException("A password must be at least " + minimum + " characters"));
        }
        if (props.boltPort() != 0 && props.password() == null) {
            // asked for a fixed port, so someone means to connect: the only time this password is shown
            log.info(
                    "Embedded Neo4j Bolt at {}: user {}, password for this run {} (set app.neo4j.embedded.password"
                            + " to choose one)",
                    boltUri,
                    USER,
                    password);
        }
        Thread thread = new Thread(() -> run(props, port), "embedded-neo4j-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** The database's start, then the password step: each completes its own future. */
    private void run(EmbeddedNeo4jProperties props, int port) {
        DatabaseManagementService dbms;
        try {
            dbms = start(props, port, password);
        } catch (Throwable failure) {
            started.completeExceptionally(failure);
            passwordSet.completeExceptionally(new EmbeddedNeo4jStartException(dataDir, boltUri, failure));
            return;
        }
        started.complete(dbms);
        long start = System.nanoTime();
        try {
            // the embedded API needs no password, Bolt does: until this step has run a store's password is the last
            // run's, or already this run's (a new store: InitialPassword), and the driver waits for it
            var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            boolean already = InitialPassword.isSetIn(system, password);
            if (!already) {
                InitialPassword.setIn(system, password);
            }
            log.info(
                    "Embedded Neo4j's Bolt password {} in {} ms",
                    already ? "was already this run's" : "set",
                    (System.nanoTime() - start) / 1_000_000);
            passwordSet.complete(null);
        } catch (Throwable failure) {
            log.error("The embedded Neo4j's Bolt password could not be set", failure);
            passwordSet.completeExceptionally(EmbeddedNeo4jStartException.passwordNotSet(dataDir, boltUri, failure));
        }
    }

    private static DatabaseManagementService start(EmbeddedNeo4jProperties props, int port, String password) {
        long start = System.nanoTime();
        DatabaseManagementService dbms;
        try (var initial = InitialPassword.write(password)) {
            dbms = EmbeddedNeo4jSettings.builder(props, port, initial.directory())
                    .build();
        }
        long ready = System.nanoTime();
        // the first Cypher statement of a JVM pays its planner's start-up whatever it is: pay it here, in parallel
        // with the rest of the start, rather than in the schema step that waits for the database; the seed loader's
        // check (SeedLoader) runs the same statement, in-process too, and finds its plan cached
        try {
            dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
                    .executeTransactionally(
                            "MATCH (s:SeedState {key: $key}) RETURN s.fingerprint AS f",
                            java.util.Map.of("key", "graph-seed"));
        } catch (RuntimeException failure) {
            dbms.shutdown(); // not handed over: nobody else would release the store's lock
            throw failure;
        }
        log.info(
                "Embedded Neo4j started in {} ms (Cypher warmed in {} ms), store {}, Bolt on port {}",
                (ready - start) / 1_000_000,
                (System.nanoTime() - ready) / 1_000_000,
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

    /** The started database, waiting for the start if it is still under way; its Bolt password may not be set yet. */
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
     * Completes once Bolt accepts this run's password ({@link #password()}); the driver's authentication waits for it.
     * Fails with an {@link EmbeddedNeo4jStartException}: the start's failure, or the password step's.
     */
    CompletableFuture<Void> passwordSet() {
        return passwordSet;
    }

    /** Waits for the password step; throws as {@link #database()} does when the start failed, or when that step did. */
    void awaitPassword() {
        try {
            passwordSet.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the embedded Neo4j's password was being set", e);
        } catch (ExecutionException e) {
            throw (EmbeddedNeo4jStartException) e.getCause(); // the only failures run() completes it with
        }
    }

    /**
     * Shuts the database down, waiting for its start and password step if they are still under way; last among the
     * context's beans (this one was registered first), also when the context failed to start. Once: a second call
     * does nothing. A start that fails while this waits for it leaves nothing to stop.
     */
    @Override
    public void destroy() {
        if (stopped.compareAndSet(false, true) && !started.isCompletedExceptionally()) {
            DatabaseManagementService dbms;
            try {
                dbms = database();
            } catch (EmbeddedNeo4jStartException failedWhileWaiting) {
                // the start failed after this wait began: nothing runs to stop, and the failure is reported by
                // whoever asked for the database (or by the context's own failure)
                log.debug("The embedded Neo4j's start failed while stopping it", failedWhileWaiting);
                return;
            }
            // not in the middle of the password step's transaction; its failure is reported where it is awaited
            passwordSet.handle((done, failure) -> null).join();
            dbms.shutdown();
        }
    }
}
