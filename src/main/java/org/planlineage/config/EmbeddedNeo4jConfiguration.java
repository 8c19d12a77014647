package org.planlineage.config;

import java.net.URI;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokenManager;
import org.neo4j.driver.AuthTokenManagers;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.GraphDatabaseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.neo4j.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts an embedded Neo4j when no external one is configured, and hands its Bolt address to Spring Boot's driver.
 *
 * <p>The database starts on its own thread before the context's refresh ({@link EmbeddedNeo4jEarlyStart} registers
 * its {@link EmbeddedNeo4jLauncher} as a bean) while the application initialises; the driver is configured with the Bolt address chosen up front
 * ({@link Neo4jConnectionDetails}), and the first statement waits for the database; the driver's logins wait for the
 * launcher's password step, which runs after the database is handed over. Setting {@code spring.neo4j.uri} removes
 * these beans and nothing else changes.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jConfiguration.OnNoExternalNeo4j.class)
public class EmbeddedNeo4jConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

    /**
     * The running database, once started; lazy, so that creating the singletons does not wait for it (the schema step
     * is its first user). The launcher shuts it down.
     */
    @Bean(destroyMethod = "")
    @Lazy
    DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jLauncher launcher) {
        return launcher.database();
    }

    /**
     * The graph database the queries read in-process ({@code GraphReadsConfiguration}): the one
     * {@code spring.data.neo4j.database} names, as for the driver. Lazy, like the database.
     */
    @Bean(destroyMethod = "")
    @Lazy
    GraphDatabaseService embeddedGraph(DatabaseManagementService dbms, Environment environment) {
        return dbms.database(
                environment.getProperty("spring.data.neo4j.database", GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
    }

    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4jLauncher launcher) {
        URI uri = launcher.boltUri();
        log.info("Embedded Neo4j Bolt at {}, password protected", uri);
        AuthToken auth = AuthTokens.basic(EmbeddedNeo4jLauncher.USER, launcher.password());
        // the driver asks for the token at each new connection's login: until the launcher's password step has run,
        // the answer waits (and fails only if that step failed); then it is always this one
        AuthTokenManager whenSet =
                AuthTokenManagers.basicAsync(() -> launcher.passwordSet().thenApply(set -> auth));
        return new Neo4jConnectionDetails() { // only default methods: no lambda
            @Override
            public URI getUri() {
                return uri;
            }

            @Override
            public AuthToken getAuthToken() {
                return auth;
            }

            /** Preferred by Boot's driver over {@link #getAuthToken()}. */
            @Override
            public AuthTokenManager getAuthTokenManager() {
                return whenSet;
            }
        };
    }

    /** Embedded unless {@code spring.neo4j.uri} is set or {@code app.neo4j.embedded.enabled=false}. */
    static class OnNoExternalNeo4j implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return EmbeddedNeo4jEarlyStart.embedded(context.getEnvironment());
        }
    }
}
