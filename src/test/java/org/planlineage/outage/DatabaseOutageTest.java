package org.planlineage.outage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.graphql.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * An external Neo4j that goes away and comes back: while it is away the service answers every request, with a
 * {@code SERVICE_UNAVAILABLE} error and no stack trace, and reports DOWN on {@code /actuator/health}; once a server
 * listens on the same address again, everything works without a restart of the service.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.seed.mode=ALWAYS", "app.seed.location=classpath:fixture-seed/"})
@AutoConfigureHttpGraphQlTester
@DirtiesContext
class DatabaseOutageTest {

    private static final int BOLT_PORT = freePort();
    private static Neo4j server = start("CREATE (:Marker {key: 'first'})");

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", () -> "bolt://localhost:" + BOLT_PORT);
    }

    @Autowired
    HttpGraphQlTester graphQl;

    @LocalServerPort
    int port;

    private static Neo4j start(String fixture) {
        return Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(BoltConnector.listen_address, new SocketAddress("localhost", BOLT_PORT))
                .withConfig(GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024)
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .withFixture(fixture)
                .build();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private String health() {
        return WebClient.create("http://localhost:" + port)
                .get()
                .uri("/actuator/health")
                .exchangeToMono(r -> r.bodyToMono(String.class))
                .block();
    }

    @Test
    void whileTheDatabaseIsAwayRequestsAreAnsweredUnavailableAndWhenItIsBackTheyWorkAgain() {
        graphQl.document("{ document(key: \"qd-200-2022\") { number } }")
                .execute()
                .path("document.number")
                .entity(String.class)
                .isEqualTo("200/QĐ-UBND");
        assertThat(health()).startsWith("{\"status\":\"UP\"");

        server.close();

        var errors = new ArrayList<ResponseError>();
        graphQl.document("{ document(key: \"qd-200-2022\") { number } documents { totalCount } }")
                .execute()
                .errors()
                .satisfy(errors::addAll);
        assertThat(errors).isNotEmpty().allSatisfy(e -> {
            assertThat(e.getErrorType().toString()).isEqualTo("SERVICE_UNAVAILABLE");
            assertThat(e.getMessage())
                    .isEqualTo("The database cannot be reached at the moment; nothing was read or written. "
                            + "Try again shortly");
            assertThat(e.getExtensions()).containsEntry("retryable", true).doesNotContainKey("stackTrace");
        });
        assertThat(health()).startsWith("{\"status\":\"DOWN\"");

        server = start("CREATE (:Document {key: 'back-2026', type: 'OTHER', isSource: false, number: '1/BACK'})");

        graphQl.document("{ document(key: \"back-2026\") { number } }")
                .execute()
                .path("document.number")
                .entity(String.class)
                .isEqualTo("1/BACK");
        assertThat(health()).startsWith("{\"status\":\"UP\"");
    }
}
