package org.planlineage.config;

import static org.neo4j.kernel.api.security.AuthManager.INITIAL_USER_NAME;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.FormatException;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.FileUserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the store's Bolt user {@code neo4j} this run's password, without Cypher, so that the default password
 * {@code neo4j} is never accepted. Before the start: Neo4j's own "set-initial-password" file ({@code auth.ini}, as
 * its {@code neo4j-admin dbms set-initial-password} command writes it) in a directory of its own, which the database
 * reads while it creates its system graph, before Bolt listens; Neo4j applies it to a new store (the user is created
 * with this password) and to a store whose only user still has the default password. After the start, for any other
 * store (whose password is an earlier run's): {@link #setIn}, the launcher's password step. The file is deleted after
 * the start.
 */
final class InitialPassword implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InitialPassword.class);

    private final Path directory;

    private InitialPassword(Path directory) {
        this.directory = directory;
    }

    /** A new private directory holding {@code auth.ini} for {@code password}, no change required at first login. */
    static InitialPassword write(String password) {
        Path directory = null;
        try {
            directory = Files.createTempDirectory("plan-lineage-auth-"); // owner-only on POSIX
            var users = new FileUserRepository(
                    new DefaultFileSystemAbstraction(),
                    directory.resolve("auth.ini"),
                    NullLogProvider.getInstance(),
                    EmptyMemoryTracker.INSTANCE);
            users.start();
            users.create(new User(
                    INITIAL_USER_NAME,
                    null,
                    SystemGraphCredential.createCredentialForPassword(
                            password.getBytes(StandardCharsets.UTF_8), new SecureHasher()),
                    false,
                    false));
            users.shutdown();
            return new InitialPassword(directory);
        } catch (Exception e) {
            new InitialPassword(directory).close();
            throw new IllegalStateException("Cannot write the embedded Neo4j's initial password file", e);
        }
    }

    /**
     * Whether the store's Bolt user has {@code password} already, to be used as it is: a new store's user, created
     * from this file; the password step then writes nothing. Reads the system graph as Neo4j's security component
     * writes it (a {@code User} node's {@code name}, {@code credentials} and {@code passwordChangeRequired}).
     */
    static boolean isSetIn(GraphDatabaseService system, String password) {
        try (var tx = system.beginTx()) {
            Node user = tx.findNode(Label.label("User"), "name", INITIAL_USER_NAME);
            return user != null
                    && user.getProperty("credentials", null) instanceof String credentials
                    && Boolean.FALSE.equals(user.getProperty("passwordChangeRequired", Boolean.TRUE))
                    && SystemGraphCredential.deserialize(credentials, new SecureHasher())
                            .matchesPassword(password.getBytes(StandardCharsets.UTF_8));
        } catch (FormatException unreadable) {
            return false; // not a credential this version writes: the password step sets it anew
        }
    }

    /**
     * Gives the store's Bolt user {@code password}, no change required, as Neo4j's own start does with this file
     * (its security component's {@code updateInitialUserPassword}): the {@code User} node's credentials replaced in one
     * transaction on the system graph, without Cypher. {@code ALTER USER} does the same through an administration
     * command, whose planning took seconds of a cold start's CPU (docs/benchmarks.md).
     */
    static void setIn(GraphDatabaseService system, String password) {
        try (var tx = system.beginTx()) {
            Node user = tx.findNode(Label.label("User"), "name", INITIAL_USER_NAME);
            if (user == null) {
                throw new IllegalStateException("The embedded Neo4j has no user " + INITIAL_USER_NAME);
            }
            user.setProperty(
                    "credentials",
                    SystemGraphCredential.createCredentialForPassword(
                                    password.getBytes(StandardCharsets.UTF_8), new SecureHasher())
                            .serialize());
            user.setProperty("passwordChangeRequired", false);
            tx.commit();
        }
    }

    /** Where the database is to read it: Neo4j's internal setting {@code auth_store_directory}. */
    Path directory() {
        return directory;
    }

    /**
     * Deletes the file and its directory. Never throws: the database may be running by now, and the file holds only a
     * salted hash, readable by this user alone.
     */
    @Override
    public void close() {
        if (directory == null) {
            return;
        }
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
            Files.delete(directory);
        } catch (IOException | RuntimeException e) {
            log.warn("Cannot delete the embedded Neo4j's initial password file in {}", directory, e);
        }
    }
}
