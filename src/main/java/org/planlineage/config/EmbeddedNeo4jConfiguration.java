package org.planlineage.config;

import java.net.URI;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.neo4j.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts an embedded Neo4j when no external one is configured, and hands its Bolt address to Spring Boot's driver.
 *
 * <p>The driver (and with it Spring Data Neo4j) is built from {@link Neo4jConnectionDetails}, so declaring that bean
 * on top of the database makes the driver wait for the database, on whatever port it got. Setting
 * {@code spring.neo4j.uri} removes both beans and nothing else changes.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jConfiguration.OnNoExternalNeo4j.class)
public class EmbeddedNeo4jConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

    @Bean(destroyMethod = "shutdown")
    DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties props) {
        long start = System.nanoTime();
        var dbms = new DatabaseManagementServiceBuilder(props.dataDir().toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(props.boltHost(), props.boltPort()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // Neo4j's own HTTP server cannot start under Boot's Jetty/Jersey versions; Bolt is all we need.
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, props.pagecacheSize().toBytes())
                // without this every shutdown waits 2 x 5 s for Bolt's Netty event loops
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
        log.info("Embedded Neo4j started in {} ms, store {}", (System.nanoTime() - start) / 1_000_000,
                props.dataDir().toAbsolutePath());
        return dbms;
    }

    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnectionDetails(DatabaseManagementService dbms) {
        var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        HostnamePort address = db.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT); // the real port when 0 was configured
        URI uri = URI.create("bolt://" + address.getHost() + ":" + address.getPort());
        log.info("Embedded Neo4j Bolt at {}", uri);
        return new Neo4jConnectionDetails() { // only default methods: no lambda; no auth
            @Override
            public URI getUri() {
                return uri;
            }
        };
    }

    /** Embedded unless {@code spring.neo4j.uri} is set or {@code app.neo4j.embedded.enabled=false}. */
    static class OnNoExternalNeo4j implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var env = context.getEnvironment();
            return env.getProperty("app.neo4j.embedded.enabled", Boolean.class, true)
                    && !env.containsProperty("spring.neo4j.uri");
        }
    }
}
