package org.planlineage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.neo4j.Neo4jConnectionDetails;
import org.springframework.boot.test.autoconfigure.graphql.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The default run: no {@code spring.neo4j.uri}, so the service starts its embedded Neo4j in a fresh store (named
 * through the parent directory, {@code ../<project>/target/...}), applies the schema, loads the seed it carries and
 * answers queries, reports the database in its health to a caller with a credential, keeps the database's Bolt port
 * closed to anyone without the password it generated, and keeps at most 1 GiB of transaction logs.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "app.security.editor-tokens=ops:embedded-default-test-token")
@AutoConfigureHttpGraphQlTester
@DirtiesContext // closed after the class, so that its store can be deleted
class EmbeddedDefaultTest {

    /** Under {@code target/}; JUnit deletes it after the class, once the context (dirtied) has stopped the database. */
    @TempDir(factory = TargetTempDirs.class)
    static Path store;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        // given as an operator may give it, through the parent directory: Spring's own editor for paths refused a
        // path above the web application's root ("/../<project>/target/..." normalized to null) and the start failed
        registry.add("app.neo4j.embedded.data-dir", () -> {
            Path project = Path.of("").toAbsolutePath();
            return Path.of("..")
                    .resolve(project.getFileName())
                    .resolve(project.relativize(store.toAbsolutePath()))
                    .toString();
        });
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    WebTestClient http;

    @Test
    void theEmbeddedDatabaseStartsWithTheSeedAndAnswersAQuery() {
        assertThat(context.getBeansOfType(DatabaseManagementService.class)).hasSize(1);
        assertThat(store.resolve("data")).isDirectory();
        graphQl.document("{ document(number: \"3100/QĐ-UBND\") { key issuedOn issuer { key } } }")
                .execute()
                .path("document.key")
                .entity(String.class)
                .isEqualTo("3100-qd-ubnd-2023")
                .path("document.issuedOn")
                .entity(String.class)
                .isEqualTo("2023-07-21")
                .path("document.issuer.key")
                .entity(String.class)
                .isEqualTo("ubnd-tp-vinh-long");
    }

    @Test
    void theTransactionLogsKeptAreBoundedTo1GiBNotNeo4jsTwoDays() {
        var database = (GraphDatabaseAPI)
                context.getBean(DatabaseManagementService.class).database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        var config = database.getDependencyResolver().resolveDependency(Config.class);
        assertThat(config.get(GraphDatabaseSettings.keep_logical_logs)).isEqualTo("1G size");
    }

    @Test
    void healthReportsTheDatabaseToACallerWithACredentialOnly() {
        http.get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP")
                .jsonPath("$.components")
                .doesNotExist();
        http.get()
                .uri("/actuator/health")
                .headers(h -> h.setBearerAuth("embedded-default-test-token"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP")
                .jsonPath("$.components.neo4j.status")
                .isEqualTo("UP")
                .jsonPath("$.components.neo4j.details.edition")
                .isEqualTo("community");
    }

    @Test
    void theBoltPortAsksForThePasswordTheServiceGenerated() {
        URI bolt = context.getBean(Neo4jConnectionDetails.class).getUri();
        for (AuthToken auth : List.of(AuthTokens.none(), AuthTokens.basic("neo4j", "neo4j"))) {
            try (Driver stranger = GraphDatabase.driver(bolt, auth)) {
                assertThatThrownBy(stranger::verifyConnectivity)
                        .as("connecting with " + auth)
                        .isInstanceOf(AuthenticationException.class);
            }
        }
        try (Driver service = GraphDatabase.driver(
                        bolt, context.getBean(Neo4jConnectionDetails.class).getAuthToken());
                var session = service.session()) {
            assertThat(session.run("MATCH (d:Document) RETURN count(d) > 0 AS seeded")
                            .single()
                            .get("seeded")
                            .asBoolean())
                    .isTrue();
        }
    }
}
