package org.planlineage.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.planlineage.support.FixtureGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Issue 13's smaller defects, each sent as a hostile client would and each answered with a 4xx or a
 * {@code BAD_REQUEST} that says what to send instead, never a 500 or a stack trace.
 */
@FixtureGraphTest
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    WebTestClient http;

    @LocalServerPort
    int port;

    @Test
    void aBodyThatIsNotAJsonObjectIsA400SayingWhatToSend() {
        for (String body : new String[] {"null", " [ ] ", "42", "\"{ documents { totalCount } }\""}) {
            var result = postRaw(body);
            assertThat(result.getStatus().value()).as(body).isEqualTo(400);
            JsonNode error = onlyError(read(result));
            assertThat(error.at("/extensions/classification").asText()).isEqualTo("BAD_REQUEST");
            assertThat(error.get("message").asText())
                    .startsWith("The request body must be a JSON object such as {\"query\"");
        }
    }

    @Test
    void theErrorPathAskedForDirectlyIsA404SayingWhereTheApiIs() {
        var result = http.get().uri("/error").exchange().expectBody().returnResult();
        assertThat(result.getStatus().value()).isEqualTo(404);
        assertThat(onlyError(read(result)).get("message").asText())
                .isEqualTo("There is nothing at /error: the API answers POST /graphql, GraphiQL is at /graphiql,"
                        + " the service's health at /actuator/health");
    }

    @Test
    void anUnknownPathIsStillA404() {
        assertThat(http.get()
                        .uri("/nothing-here")
                        .exchange()
                        .expectBody()
                        .returnResult()
                        .getStatus()
                        .value())
                .isEqualTo(404);
    }

    @Test
    void a150MegabyteBodyIsRefusedFromItsLengthWithoutBeingRead() throws IOException {
        // only the headers and a first kilobyte are sent: the answer comes without the rest
        String response = rawExchange("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 157286400\r\n\r\n{\"query\": \"{ __typename }\", \"variables\": {\"x\": \""
                + "a".repeat(1024));
        assertThat(response).startsWith("HTTP/1.1 413 ");
        assertThat(response)
                .contains("The request body is larger than 1048576 bytes (app.graphql.max-request-size)")
                .contains("\"limit\":\"app.graphql.max-request-size\"");
    }

    @Test
    void aChunkedBodyPastTheLimitIsRefusedOnceTheLimitIsRead() throws IOException {
        String chunk = "x".repeat(64 * 1024);
        var request =
                new StringBuilder("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n");
        for (int i = 0; i < 20; i++) { // 1.25 MB
            request.append(Integer.toHexString(chunk.length()))
                    .append("\r\n")
                    .append(chunk)
                    .append("\r\n");
        }
        request.append("0\r\n\r\n");
        assertThat(rawExchange(request.toString())).startsWith("HTTP/1.1 413 ");
    }

    @Test
    void aCursorHoldingTheLargestIntegerIsABadRequestNotAnOverflow() {
        String cursor = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("offset:" + Integer.MAX_VALUE).getBytes(StandardCharsets.UTF_8));
        JsonNode error = onlyError(post("{ documents(after: \"" + cursor + "\") { totalCount } }"));
        assertThat(error.at("/extensions/classification").asText()).isEqualTo("BAD_REQUEST");
        assertThat(error.get("message").asText())
                .isEqualTo("'after' is not a cursor of this API: pass the endCursor of a previous page");
    }

    @Test
    void aSearchOfAThousandWordsIsABadRequestWithNoStackTraceInTheLog(CapturedOutput log) {
        String words = IntStream.range(0, 1024).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        JsonNode error = onlyError(post("{ search(text: \"" + words + "\") { score } }"));
        assertThat(error.at("/extensions/classification").asText()).isEqualTo("BAD_REQUEST");
        assertThat(error.get("message").asText())
                .isEqualTo("'text' holds 1024 different words; search for at most 64 (the words that matter most)");
        assertThat(log.getAll()).doesNotContain("TooManyClauses", "Unexpected error", "\tat ");
    }

    @Test
    void anImpossibleDateIsABadRequestSayingWhy() {
        JsonNode literal = onlyError(post("{ documents(filter: {issuedFrom: \"2023-02-30\"}) { totalCount } }"));
        assertThat(literal.at("/extensions/classification").asText()).isEqualTo("BAD_REQUEST");
        assertThat(literal.get("message").asText())
                .contains("'2023-02-30' is not a date: Invalid date 'FEBRUARY 30'; send a real calendar date");

        JsonNode variable = onlyError(read(http.post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "query",
                        "query($d: Date) { documents(filter: {issuedTo: $d}) { totalCount } }",
                        "variables",
                        Map.of("d", "2024-13-01")))
                .exchange()
                .expectBody()
                .returnResult()));
        assertThat(variable.at("/extensions/classification").asText()).isEqualTo("BAD_REQUEST");
        assertThat(variable.get("message").asText()).contains("'2024-13-01' is not a date");

        assertThat(post("{ documents(filter: {issuedFrom: \"2022-02-28\", issuedTo: \"2022-05-01\"}) { totalCount } }")
                        .at("/data/documents/totalCount")
                        .asInt())
                .isPositive();
    }

    private JsonNode post(String query) {
        return read(http.post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", query))
                .exchange()
                .expectBody()
                .returnResult());
    }

    private EntityExchangeResult<byte[]> postRaw(String body) {
        return http.post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectBody()
                .returnResult();
    }

    /** Sends the bytes as they are and reads what comes back until the server closes or stops sending. */
    private String rawExchange(String request) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            var answer = new StringBuilder();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    if (answer.indexOf("\r\n\r\n") > 0 && answer.toString().endsWith("}")) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException | java.net.SocketException e) {
                // the server stopped sending or closed: what came is the answer
            }
            return answer.toString();
        }
    }

    private static JsonNode onlyError(JsonNode answer) {
        assertThat(answer.get("errors")).as(answer.toString()).hasSize(1);
        return answer.get("errors").get(0);
    }

    private static JsonNode read(EntityExchangeResult<byte[]> result) {
        try {
            return JSON.readTree(result.getResponseBody());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
