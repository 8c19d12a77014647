package org.planlineage.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planlineage.graph.CountingGraphReads;
import org.planlineage.graph.DriverGraphReads;
import org.planlineage.graph.GraphReads;
import org.planlineage.graph.InProcessGraphReads;
import org.planlineage.support.FixtureGraphTest;
import org.planlineage.support.Neo4jHarness;
import org.planlineage.support.QueryCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Issue 13's hostile requests against the fixture, each with a bounded outcome: refused before anything runs, or
 * stopped at its deadline, when its answer grows too large or when its client leaves, its database transaction
 * ended too, and answered with one error; and the service answering the next request normally. The limits are
 * small (a 4 s deadline, 100 fields, one expensive request at a time) so that the tests take seconds.
 *
 * <p>{@code countInDatabase} (a test-only field) keeps a database transaction busy for as long as a test needs. It
 * reads through {@link GraphReads} like every query: in-process in the default run (a transaction of the embedded
 * API), over Bolt in the build's second run ({@code -Dapp.neo4j.embedded.reads=BOLT}), so that both paths are shown
 * to end a stopped request's transactions.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "app.seed.mode=IF_CHANGED",
            "app.seed.location=classpath:fixture-seed/",
            "spring.graphql.schema.locations=classpath:graphql/,classpath:graphql-test/bounds/",
            "app.graphql.timeout=4s",
            "app.graphql.max-answer-fields=100",
            "app.load.max-concurrent=1",
            "app.load.queue=0",
            "app.load.max-wait=200ms",
            "app.load.expensive-fields=lineage,search,compare,countInDatabase"
        })
@ContextConfiguration(initializers = FixtureGraphTest.Initializer.class)
@Import({BoundsTest.SlowField.class, QueryCounter.class})
class BoundsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SLOW = "{ countInDatabase(upTo: 2000000000) }";
    static final String MARKER = "bounds-test";

    /** A test-only field whose statement counts to a large number: busy until its transaction is ended. */
    @Controller
    static class SlowField {
        static final java.util.concurrent.atomic.AtomicInteger CALLS = new java.util.concurrent.atomic.AtomicInteger();
        private final GraphReads reads;

        SlowField(GraphReads reads) {
            this.reads = reads;
        }

        @QueryMapping
        Integer countInDatabase(@Argument int upTo) {
            CALLS.incrementAndGet();
            return reads.query("// " + MARKER + "\nUNWIND range(1, $upTo) AS x RETURN count(x) AS counted")
                    .bind("upTo", upTo)
                    .one(row -> row.get("counted").asInt())
                    .orElse(0);
        }
    }

    @Autowired
    WebTestClient http;

    @Autowired
    QueryCounter statements;

    @Autowired
    GraphReads reads;

    @LocalServerPort
    int port;

    @AfterEach
    void noTransactionOfATestIsLeft() {
        awaitTransactions(0, Duration.ofSeconds(10));
    }

    @Test
    void theReadsTakeThePathOfThisRun() {
        boolean overBolt = "BOLT".equals(System.getProperty("app.neo4j.embedded.reads"));
        assertThat(((CountingGraphReads) reads).counted())
                .isInstanceOf(overBolt ? DriverGraphReads.class : InProcessGraphReads.class);
    }

    @Test
    void aQueryThatCouldGrowPastTheBudgetIsRefusedBeforeAnythingRuns() {
        statements.reset();
        // issue 13: a DOWN lineage with its paths, each step's plan item with its units' cooperations
        JsonNode answer = post("""
                { lineage(from: "01-nq-tu-2022", direction: DOWN) {
                    paths { steps { node { ... on PlanItem { lead { cooperatesOn(first: 100) { nodes { key } } } } } } }
                } }""");
        JsonNode error = onlyError(answer);
        assertThat(error.at("/extensions/classification").asText()).isEqualTo("BAD_REQUEST");
        assertThat(error.at("/extensions/limit").asText()).isEqualTo("app.graphql.max-cost");
        assertThat(error.at("/extensions/budget").asLong()).isEqualTo(5_000_000L);
        assertThat(error.at("/extensions/estimate").asLong()).isGreaterThan(50_000_000L);
        assertThat(error.get("message").asText()).startsWith("The query could return about ");
        assertThat(answer.has("data")).isFalse();
        assertThat(statements.count()).as("database statements run").isZero();
        answersNormally();
    }

    @Test
    void anAnswerPastTheSizeBoundStopsTheWorkAndAnswersOneError() {
        SlowField.CALLS.set(0);
        // the documents fill the 100 fields; the slow field after them is never started
        String documents = "documents(first: 100) { nodes { key title number type issuedOn issuedOnRaw isSource level"
                + " basedOn { relation document { key } } } }";
        JsonNode answer = post(
                "{ a: " + documents + " b: " + documents + " c: " + documents + " countInDatabase(upTo: 2000000000) }");
        JsonNode error = onlyError(answer);
        assertThat(error.at("/extensions/limit").asText()).isEqualTo("app.graphql.max-answer-fields");
        assertThat(error.get("message").asText()).startsWith("The answer grew past 100 fields");
        assertThat(answer.get("data").isNull()).isTrue();
        assertThat(SlowField.CALLS.get())
                .as("calls of the field after the bound")
                .isZero();
        answersNormally();
    }

    @Test
    void aRequestPastItsDeadlineIsStoppedWithItsTransactionAndAnswersOneError() {
        long start = System.nanoTime();
        JsonNode answer = post(SLOW);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        JsonNode error = onlyError(answer);
        assertThat(error.at("/extensions/limit").asText()).isEqualTo("app.graphql.timeout");
        assertThat(error.at("/extensions/classification").asText()).isEqualTo("BAD_REQUEST");
        assertThat(answer.get("data").isNull()).isTrue();
        assertThat(took).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(7));
        assertThat(runningTransactions())
                .as("transactions of the test left running")
                .isZero();
        answersNormally();
    }

    @Test
    void aClientThatLeavesStopsItsRequestAndItsTransactionBeforeTheDeadline() throws Exception {
        long start = System.nanoTime();
        try (var socket = new Socket("localhost", port)) {
            byte[] body = JSON.writeValueAsBytes(Map.of("query", SLOW));
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Content-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            awaitTransactions(1, Duration.ofSeconds(3));
            Object metaData = Neo4jHarness.fixture()
                    .defaultDatabaseService()
                    .executeTransactionally(
                            "SHOW TRANSACTIONS YIELD currentQuery, metaData WHERE currentQuery CONTAINS $marker"
                                    + " RETURN metaData",
                            Map.of("marker", "// " + MARKER),
                            r -> r.next().get("metaData"));
            assertThat(((Map<?, ?>) metaData).containsKey("planLineageRequest"))
                    .as("the transaction names the request it works for: " + metaData)
                    .isTrue();
        } // the client leaves
        awaitTransactions(0, Duration.ofSeconds(3));
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("stopped before the 4 s deadline would have stopped it")
                .isLessThan(Duration.ofMillis(3500));
        answersNormally();
    }

    @Test
    void expensiveRequestsPastTheTurnsAreShedWithATryAgainError() {
        var busy = CompletableFuture.supplyAsync(() -> post(SLOW)); // holds the only turn until its deadline
        try {
            shedWhileBusy();
        } finally {
            assertThat(onlyError(busy.join()).at("/extensions/limit").asText()).isEqualTo("app.graphql.timeout");
        }
        assertThat(post("{ lineage(from: \"qd-200-2022\", direction: UP) { nodes { degree } } }")
                        .at("/data/lineage/nodes/0/degree")
                        .asInt())
                .isZero();
    }

    private void shedWhileBusy() {
        awaitTransactions(1, Duration.ofSeconds(3));

        EntityExchangeResult<byte[]> shed = exchange(
                "{ lineage(from: \"qd-200-2022\", direction: UP) { nodes { degree } } }",
                MediaType.parseMediaType("application/graphql-response+json"));
        assertThat(shed.getStatus().value()).isEqualTo(503);
        assertThat(shed.getResponseHeaders().getFirst("Retry-After")).isEqualTo("1");
        JsonNode error = onlyError(read(shed));
        assertThat(error.at("/extensions/classification").asText()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(error.at("/extensions/retryAfterSeconds").asInt()).isEqualTo(1);
        assertThat(error.get("message").asText())
                .startsWith("The service is busy")
                .endsWith("try again in 1 s");

        // a cheap request is not held up
        assertThat(post("{ planItem(key: \"qd-200-2022:1\") { key } }")
                        .at("/data/planItem/key")
                        .asText())
                .isEqualTo("qd-200-2022:1");
    }

    private void answersNormally() {
        assertThat(post("{ document(key: \"qd-100-2022\") { number } }")
                        .at("/data/document/number")
                        .asText())
                .isEqualTo("100/QĐ-UBND");
    }

    private static JsonNode onlyError(JsonNode answer) {
        assertThat(answer.get("errors")).as(answer.toString()).hasSize(1);
        return answer.get("errors").get(0);
    }

    JsonNode post(String query) {
        return read(exchange(query, MediaType.APPLICATION_JSON));
    }

    private EntityExchangeResult<byte[]> exchange(String query, MediaType accept) {
        return http.mutate()
                .responseTimeout(Duration.ofSeconds(30))
                .build()
                .post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(accept)
                .bodyValue(Map.of("query", query))
                .exchange()
                .expectBody()
                .returnResult();
    }

    private static JsonNode read(EntityExchangeResult<byte[]> result) {
        try {
            return JSON.readTree(result.getResponseBody());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The transactions running a statement of these tests, as Neo4j lists them. */
    static long runningTransactions() {
        return Neo4jHarness.fixture()
                .defaultDatabaseService()
                .executeTransactionally(
                        "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker"
                                + " AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS' RETURN count(*) AS n",
                        Map.of("marker", MARKER),
                        r -> (Long) r.next().get("n"));
    }

    static void awaitTransactions(long count, Duration within) {
        long until = System.nanoTime() + within.toNanos();
        while (runningTransactions() != count) {
            assertThat(System.nanoTime())
                    .as("waiting for " + count + " running transaction(s)")
                    .isLessThan(until);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
