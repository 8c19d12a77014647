package org.planlineage.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlineage.support.Neo4jHarness;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * With reader tokens configured, a query needs a reader's or an editor's credential: without one it is
 * {@code UNAUTHORIZED} (HTTP 200 as {@code application/json}, 401 as {@code application/graphql-response+json}), a
 * JWT without either role is {@code FORBIDDEN}; the GraphiQL page itself stays open (it holds no data).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "app.seed.mode=IF_CHANGED",
            "app.seed.location=classpath:fixture-seed/",
            "app.security.reader-tokens=carol:reader-token-of-carol-01",
            "app.security.editor-tokens=alice:editor-token-of-alice-01"
        })
class ReaderTokensTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String QUERY = "{ document(key: \"qd-100-2022\") { number } }";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", () -> Neo4jHarness.fixture().boltURI().toString());
        registry.add(
                "spring.security.oauth2.resourceserver.jwt.public-key-location",
                () -> "file:" + Jwts.PUBLIC_KEY.toAbsolutePath());
    }

    @Autowired
    WebTestClient http;

    @Test
    void aQueryWithoutACredentialIsUnauthorized() {
        var asJson = exchange(null, MediaType.APPLICATION_JSON);
        assertThat(asJson.getStatus().value()).isEqualTo(200);
        JsonNode error = onlyError(read(asJson));
        assertThat(error.at("/extensions/classification").asText()).isEqualTo("UNAUTHORIZED");
        assertThat(error.get("message").asText())
                .isEqualTo("This service answers queries only with a credential: send `Authorization: Bearer"
                        + " <token>` with a token from app.security.editor-tokens or reader-tokens, or a JWT of the"
                        + " configured identity provider");
        assertThat(read(asJson).has("data")).isFalse();

        var asGraphQlResponse = exchange(null, MediaType.parseMediaType("application/graphql-response+json"));
        assertThat(asGraphQlResponse.getStatus().value()).isEqualTo(401);
        assertThat(asGraphQlResponse.getResponseHeaders().getContentType())
                .hasToString("application/graphql-response+json;charset=UTF-8");
    }

    @Test
    void readersAndEditorsAreAnswered() {
        for (String credential : List.of(
                "reader-token-of-carol-01",
                "editor-token-of-alice-01",
                Jwts.signed("bob", Map.of("roles", List.of("plan-lineage-reader"))),
                Jwts.signed(
                        "kim",
                        Map.of("realm_access", Map.of("roles", List.of("x")), "roles", "plan-lineage-editor")))) {
            assertThat(read(exchange(credential, MediaType.APPLICATION_JSON))
                            .at("/data/document/number")
                            .asText())
                    .isEqualTo("100/QĐ-UBND");
        }
    }

    @Test
    void aJwtWithNeitherRoleIsForbidden() {
        var result = exchange(
                Jwts.signed("mallory", Map.of("roles", List.of("someone-else"))),
                MediaType.parseMediaType("application/graphql-response+json"));
        assertThat(result.getStatus().value()).isEqualTo(403);
        assertThat(onlyError(read(result)).at("/extensions/classification").asText())
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void theGraphiqlPageStaysOpen() {
        int status = http.get()
                .uri("/graphiql")
                .exchange()
                .expectBody()
                .returnResult()
                .getStatus()
                .value();
        assertThat(status).as("GET /graphiql").isBetween(200, 399);
    }

    @Test
    void theSourceTextsAndExportsNeedAReadersCredentialLikeTheQueries() {
        var without = get("/sources/story.txt?lines=1", null);
        assertThat(without.getStatus().value()).isEqualTo(401);
        assertThat(without.getResponseHeaders().getFirst("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(read(without).at("/errors/0/extensions/classification").asText())
                .isEqualTo("UNAUTHORIZED");
        var export = get("/export/findings.csv", null);
        assertThat(export.getStatus().value()).isEqualTo(401);
        assertThat(read(export).at("/errors/0/extensions/classification").asText())
                .isEqualTo("UNAUTHORIZED");
        // past the credential, the source library answers: the fixture lists story.txt but keeps no text of it
        var withReader = get("/sources/story.txt?lines=1", "reader-token-of-carol-01");
        assertThat(withReader.getStatus().value()).isEqualTo(404);
    }

    @Test
    void thePagesStayOpenWithTheirPolicy() {
        for (String page : List.of("/explorer/", "/explorer/lineage/qd-100-2022", "/favicon.svg")) {
            var result = get(page, null);
            assertThat(result.getStatus().value()).as(page).isEqualTo(200);
            assertThat(result.getResponseHeaders().getFirst("Content-Security-Policy"))
                    .as(page)
                    .isEqualTo(AccessProperties.DEFAULT_CSP);
        }
    }

    @Test
    void theIconABrowserGuessesRedirectsToTheExplorersIcon() {
        var result = get("/favicon.ico", null);
        assertThat(result.getStatus().value()).isEqualTo(301);
        assertThat(result.getResponseHeaders().getLocation()).hasToString("/favicon.svg");
    }

    private EntityExchangeResult<byte[]> get(String uri, String bearer) {
        return http.get()
                .uri(uri)
                .headers(h -> {
                    if (bearer != null) {
                        h.setBearerAuth(bearer);
                    }
                })
                .exchange()
                .expectBody()
                .returnResult();
    }

    private EntityExchangeResult<byte[]> exchange(String bearer, MediaType accept) {
        return http.post()
                .uri("/graphql")
                .headers(h -> {
                    if (bearer != null) {
                        h.setBearerAuth(bearer);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .accept(accept)
                .bodyValue(Map.of("query", QUERY))
                .exchange()
                .expectBody()
                .returnResult();
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
