package org.planlineage.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.util.unit.DataSize;

/**
 * The Bolt password is set after the embedded database is handed over ({@link EmbeddedNeo4jLauncher}), so Bolt listens
 * before the password step has run. What keeps it closed to strangers meanwhile: a store's user is created with this
 * run's password before Bolt listens ({@link InitialPassword}), so the default password {@code neo4j} is refused at
 * every moment; and the service's own driver waits for the password step instead of failing.
 */
class EmbeddedBoltPasswordTest {

    private static final AuthToken DEFAULT = AuthTokens.basic("neo4j", "neo4j");

    @Test
    void aNewStoreStartedAsTheLauncherStartsItRefusesTheDefaultPasswordBeforeThePasswordStep(
            @TempDir(factory = TargetTempDirs.class) Path store) {
        // the launcher's own start without its password step: the state Bolt is in until that step has run
        startedWithTheInitialPasswordRefusesTheDefaultOne(store);
    }

    @Test
    void aStoreWhoseUserStillHasTheDefaultPasswordGetsThisRunsBeforeBoltListens(
            @TempDir(factory = TargetTempDirs.class) Path store) {
        // made by a plain start with a password required: Neo4j's user "neo4j" with the default password, to be
        // changed at the first login (a store whose first start stopped before any password step)
        plain(store).shutdown();
        startedWithTheInitialPasswordRefusesTheDefaultOne(store);
    }

    @Test
    void withoutTheInitialPasswordANewStoresBoltAcceptsTheDefaultPasswordsLogin(
            @TempDir(factory = TargetTempDirs.class) Path store) {
        // what InitialPassword closes: the same start without it lets a stranger log in with "neo4j" (to change the
        // password, and keep the session) until a password step has run
        int port = freePort();
        var dbms = plainBuilder(store)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new org.neo4j.configuration.helpers.SocketAddress(port))
                .build();
        try {
            // logged in: only the password's change is refused until it is made
            assertThat(login(URI.create("bolt://localhost:" + port), DEFAULT))
                    .isInstanceOfSatisfying(
                            ClientException.class,
                            e -> assertThat(e.code()).isEqualTo("Neo.ClientError.Security.CredentialsExpired"));
        } finally {
            dbms.shutdown();
        }
    }

    @Test
    void noLoginWithTheDefaultPasswordSucceedsWhileTheLauncherStartsANewStore(
            @TempDir(factory = TargetTempDirs.class) Path store) throws Exception {
        int port = freePort();
        var launcher = new EmbeddedNeo4jLauncher(props(store, port, null));
        URI bolt = launcher.boltUri();
        List<Throwable> outcomes = new ArrayList<>();
        try {
            // from the launcher's creation until its password step is done, and once after
            while (!launcher.passwordSet().isDone()) {
                outcomes.add(login(bolt, DEFAULT));
            }
            launcher.passwordSet().get(2, TimeUnit.MINUTES);
            outcomes.add(login(bolt, DEFAULT));
        } finally {
            launcher.destroy();
        }
        assertThat(outcomes)
                .as("each login with the default password: refused, or no Bolt yet")
                .allSatisfy(outcome -> assertThat(outcome)
                        .isInstanceOfAny(AuthenticationException.class, ServiceUnavailableException.class));
        assertThat(outcomes.get(outcomes.size() - 1)).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void theServicesDriverWaitsForThePasswordStepInsteadOfFailing(@TempDir(factory = TargetTempDirs.class) Path store)
            throws Exception {
        // a store whose password is an earlier run's: before this run's password step, this run's is refused
        new EmbeddedNeo4jLauncher(props(store, 0, "an-earlier-runs-password")).destroy();
        var launcher = new EmbeddedNeo4jLauncher(props(store, 0, "this-runs-password"));
        try {
            var details = new EmbeddedNeo4jConfiguration().embeddedNeo4jConnectionDetails(launcher);
            launcher.database(); // Bolt listens; the password step runs next, on the launcher's thread
            boolean setBeforeTheQuery = launcher.passwordSet().isDone();
            try (Driver driver = GraphDatabase.driver(details.getUri(), details.getAuthTokenManager());
                    var session = driver.session()) {
                assertThat(session.run("RETURN 41 + 1 AS answer")
                                .single()
                                .get("answer")
                                .asInt())
                        .isEqualTo(42);
            }
            assertThat(setBeforeTheQuery)
                    .as("the password step was done before the query")
                    .isFalse();
            assertThat(launcher.passwordSet()).isCompleted();
            assertThat(login(launcher.boltUri(), AuthTokens.basic("neo4j", "an-earlier-runs-password")))
                    .isInstanceOf(AuthenticationException.class);
        } finally {
            launcher.destroy();
        }
    }

    /** Logs in once and runs a statement; the failure, or null when it succeeded. */
    /**
     * Starts {@code store} with the launcher's settings and its initial-password file but without its password step
     * (the state Bolt is in until that step has run), and checks that the default password is refused and this run's
     * accepted.
     */
    private static void startedWithTheInitialPasswordRefusesTheDefaultOne(Path store) {
        int port = freePort();
        DatabaseManagementService dbms;
        try (var initial = InitialPassword.write("this-runs-password")) {
            dbms = EmbeddedNeo4jSettings.builder(props(store, port, null), port, initial.directory())
                    .build();
        }
        try {
            URI bolt = URI.create("bolt://localhost:" + port);
            assertThat(login(bolt, DEFAULT)).isInstanceOf(AuthenticationException.class);
            assertThat(login(bolt, AuthTokens.basic("neo4j", "this-runs-password")))
                    .isNull();
        } finally {
            dbms.shutdown();
        }
    }

    private static Throwable login(URI bolt, AuthToken auth) {
        var config = Config.builder()
                .withConnectionTimeout(2, TimeUnit.SECONDS)
                .withMaxConnectionPoolSize(1)
                .build();
        try (Driver driver = GraphDatabase.driver(bolt, auth, config);
                var session = driver.session()) {
            session.run("RETURN 1").consume();
            return null;
        } catch (Exception e) {
            return e;
        }
    }

    static EmbeddedNeo4jProperties props(Path store, int port, String password) {
        return new EmbeddedNeo4jProperties(
                true,
                store,
                "localhost",
                port,
                DataSize.ofMegabytes(8),
                password,
                Duration.ofMinutes(2),
                EmbeddedNeo4jProperties.Reads.IN_PROCESS,
                "1G size");
    }

    private static DatabaseManagementServiceBuilder plainBuilder(Path store) {
        return new DatabaseManagementServiceBuilder(store.toAbsolutePath())
                .setConfig(BoltConnector.enabled, false)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 8L * 1024 * 1024);
    }

    private static DatabaseManagementService plain(Path store) {
        return plainBuilder(store).build();
    }

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
