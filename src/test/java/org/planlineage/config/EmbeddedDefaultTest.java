package org.planlineage.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.graphql.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The default run: no {@code spring.neo4j.uri}, so the service starts its embedded Neo4j in a fresh store, applies
 * the schema, loads the seed it carries and answers queries, and reports the database in its health.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class EmbeddedDefaultTest {

    static final Path STORE = newStore();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("app.neo4j.embedded.data-dir", STORE::toString);
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
        assertThat(STORE.resolve("data")).isDirectory();
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
    void healthReportsTheDatabase() {
        http.get()
                .uri("/actuator/health")
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

    private static Path newStore() {
        try {
            return Files.createTempDirectory(Path.of("target"), "embedded-neo4j-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
