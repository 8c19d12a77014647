package org.planlineage.config;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.graphql.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The same service against a real Neo4j server in a container, where a Docker engine exists; skipped cleanly
 * without one (the in-process harness tests cover the same ground). Seeds the server with ALWAYS, as a team would
 * seed an external database once.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.seed.mode=ALWAYS")
@AutoConfigureHttpGraphQlTester
class TestcontainersNeo4jTest {

    @Container
    static final Neo4jContainer<?> NEO4J = new Neo4jContainer<>("neo4j:5.26-community").withoutAuthentication();

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", NEO4J::getBoltUrl);
    }

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void theChainFromTheCityRowToTheResolutionOnANeo4jServer() {
        graphQl.document("""
                { lineage(from: "3100-qd-ubnd-2023:12", direction: UP) { nodes { degree node { id } } } }""")
                .execute()
                .path("lineage.nodes[?(@.node.id == 'Document:07-nq-tu-2022')].degree")
                .entityList(Integer.class)
                .containsExactly(2);
    }
}
