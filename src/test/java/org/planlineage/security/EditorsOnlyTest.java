package org.planlineage.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planlineage.support.Neo4jHarness;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Writes are for editors only, queries stay open: a test-only mutation ({@code noteDocument}, with
 * {@link EditorsOnly}) refused without a credential ({@code UNAUTHORIZED}) and with a reader's ({@code FORBIDDEN}),
 * nothing written either way; written by an editor's API token or JWT, with the editor's name for the audit trail.
 * The JWTs come from a key made in the test ({@link Jwts}).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "app.seed.mode=IF_CHANGED",
            "app.seed.location=classpath:fixture-seed/",
            "spring.graphql.schema.locations=classpath:graphql/,classpath:graphql-test/security/",
            "app.security.editor-tokens=alice:editor-token-of-alice-01, editor-token-without-a-name-02"
        })
@Import(EditorsOnlyTest.Notes.class)
class EditorsOnlyTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String NOTE = "mutation { noteDocument(key: \"qd-100-2022\", note: \"checked\") }";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", () -> Neo4jHarness.fixture().boltURI().toString());
        registry.add(
                "spring.security.oauth2.resourceserver.jwt.public-key-location",
                () -> "file:" + Jwts.PUBLIC_KEY.toAbsolutePath());
    }

    /** Test-only writes: a note on a document, and the same checked only when it is not a dry run. */
    @Controller
    static class Notes {
        private final Neo4jClient client;
        private final CurrentEditor editors;

        Notes(Neo4jClient client, CurrentEditor editors) {
            this.client = client;
            this.editors = editors;
        }

        @MutationMapping
        @EditorsOnly
        String noteDocument(@Argument String key, @Argument String note) {
            write(key, note);
            return CurrentEditor.caller().getName();
        }

        @MutationMapping
        String noteDocumentUnlessDryRun(@Argument String key, @Argument String note, @Argument boolean dryRun) {
            if (dryRun) {
                return "would note " + key;
            }
            String editor = editors.requireEditor();
            write(key, note);
            return editor;
        }

        private void write(String key, String note) {
            client.query("MATCH (d:Document {key: $key}) SET d.testNote = $note")
                    .bindAll(Map.of("key", key, "note", note))
                    .run();
        }
    }

    @Autowired
    WebTestClient http;

    @AfterEach
    void removeTheNote() {
        Neo4jHarness.fixture().defaultDatabaseService().executeTransactionally("MATCH (d:Document) REMOVE d.testNote");
    }

    @Test
    void withoutACredentialAMutationIsUnauthorizedAndWritesNothing() {
        JsonNode error = onlyError(post(NOTE, null));
        assertThat(error.at("/extensions/classification").asText()).isEqualTo("UNAUTHORIZED");
        assertThat(error.get("message").asText())
                .isEqualTo("Only an editor may write: send 'Authorization: Bearer <editor token>'");
        assertThat(note()).isNull();
    }

    @Test
    void aReadersCredentialIsForbiddenToWriteAndWritesNothing() {
        String reader = Jwts.signed("bob", Map.of("roles", List.of("plan-lineage-reader")));
        JsonNode error = onlyError(post(NOTE, reader));
        assertThat(error.at("/extensions/classification").asText()).isEqualTo("FORBIDDEN");
        assertThat(error.get("message").asText())
                .isEqualTo("This credential may read but not write; an editor's is needed");
        assertThat(note()).isNull();
    }

    @Test
    void anEditorsNamedTokenWritesAndIsNamedForTheAuditTrail() {
        assertThat(post(NOTE, "editor-token-of-alice-01")
                        .at("/data/noteDocument")
                        .asText())
                .isEqualTo("alice");
        assertThat(note()).isEqualTo("checked");
    }

    @Test
    void anUnnamedTokenIsNamedByADigestNotByItself() {
        String name = post(NOTE, "editor-token-without-a-name-02")
                .at("/data/noteDocument")
                .asText();
        assertThat(name).matches("editor-[0-9a-f]{8}").doesNotContain("without");
    }

    @Test
    void anEditorsJwtWritesUnderItsSubject() {
        String editor = Jwts.signed("dana@example.org", Map.of("roles", List.of("plan-lineage-editor")));
        assertThat(post(NOTE, editor).at("/data/noteDocument").asText()).isEqualTo("dana@example.org");
        assertThat(note()).isEqualTo("checked");
    }

    @Test
    void aBadTokenIsUnauthorizedBeforeAnythingRuns() {
        for (String bad : List.of(
                "not-a-configured-token-at-all",
                Jwts.sign(
                        Jwts.OTHER_KEYS,
                        "eve",
                        Map.of("roles", "plan-lineage-editor"),
                        Instant.now().plusSeconds(60)),
                Jwts.sign(
                        Jwts.KEYS,
                        "eve",
                        Map.of("roles", "plan-lineage-editor"),
                        Instant.now().minusSeconds(60)))) {
            EntityExchangeResult<byte[]> result = exchange(NOTE, bad, MediaType.APPLICATION_JSON);
            assertThat(result.getStatus().value()).isEqualTo(200);
            assertThat(result.getResponseHeaders().getFirst("WWW-Authenticate"))
                    .isEqualTo("Bearer error=\"invalid_token\"");
            JsonNode error = onlyError(read(result));
            assertThat(error.at("/extensions/classification").asText()).isEqualTo("UNAUTHORIZED");
            assertThat(error.get("message").asText()).startsWith("The credential was refused: ");
        }
        var asGraphQlResponse = exchange(
                NOTE, "not-a-configured-token-at-all", MediaType.parseMediaType("application/graphql-response+json"));
        assertThat(asGraphQlResponse.getStatus().value()).isEqualTo(401);
        assertThat(note()).isNull();
    }

    @Test
    void aDryRunIsOpenAndTheRealRunNeedsAnEditor() {
        String dry = "mutation { noteDocumentUnlessDryRun(key: \"qd-100-2022\", note: \"x\") }";
        String real = "mutation { noteDocumentUnlessDryRun(key: \"qd-100-2022\", note: \"x\", dryRun: false) }";
        assertThat(post(dry, null).at("/data/noteDocumentUnlessDryRun").asText())
                .isEqualTo("would note qd-100-2022");
        assertThat(onlyError(post(real, null)).at("/extensions/classification").asText())
                .isEqualTo("UNAUTHORIZED");
        String reader = Jwts.signed("bob", Map.of("roles", "plan-lineage-reader"));
        assertThat(onlyError(post(real, reader))
                        .at("/extensions/classification")
                        .asText())
                .isEqualTo("FORBIDDEN");
        assertThat(note()).isNull();
        assertThat(post(real, "editor-token-of-alice-01")
                        .at("/data/noteDocumentUnlessDryRun")
                        .asText())
                .isEqualTo("alice");
        assertThat(note()).isEqualTo("x");
    }

    @Test
    void queriesStayOpenWithoutACredential() {
        assertThat(post("{ document(key: \"qd-100-2022\") { number } }", null)
                        .at("/data/document/number")
                        .asText())
                .isEqualTo("100/QĐ-UBND");
    }

    @Test
    void healthDetailsAreForCallersWithACredentialOnly() {
        JsonNode open = getJson("/actuator/health", null);
        assertThat(open.get("status").asText()).isEqualTo("UP");
        assertThat(open.has("components")).as(open.toString()).isFalse();
        JsonNode detailed = getJson("/actuator/health", "editor-token-of-alice-01");
        assertThat(detailed.at("/components/neo4j/status").asText()).isEqualTo("UP");
        assertThat(detailed.at("/components/neo4j/details/edition").asText()).isEqualTo("community");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (var result : List.of(
                exchange("{ __typename }", null, MediaType.APPLICATION_JSON),
                http.get().uri("/actuator/health").exchange().expectBody().returnResult())) {
            var headers = result.getResponseHeaders();
            assertThat(headers.getFirst("Content-Security-Policy"))
                    .isEqualTo(AccessProperties.DEFAULT_CSP)
                    .startsWith("default-src 'self'");
            assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
            assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        }
    }

    private String note() {
        return Neo4jHarness.fixture()
                .defaultDatabaseService()
                .executeTransactionally(
                        "MATCH (d:Document {key: 'qd-100-2022'}) RETURN d.testNote AS note", Map.of(), r ->
                                (String) r.next().get("note"));
    }

    static JsonNode onlyError(JsonNode answer) {
        assertThat(answer.get("errors")).as(answer.toString()).hasSize(1);
        return answer.get("errors").get(0);
    }

    JsonNode post(String query, String bearer) {
        return read(exchange(query, bearer, MediaType.APPLICATION_JSON));
    }

    EntityExchangeResult<byte[]> exchange(String query, String bearer, MediaType accept) {
        return http.post()
                .uri("/graphql")
                .headers(h -> {
                    if (bearer != null) {
                        h.setBearerAuth(bearer);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .accept(accept)
                .bodyValue(Map.of("query", query))
                .exchange()
                .expectBody()
                .returnResult();
    }

    JsonNode getJson(String uri, String bearer) {
        return read(http.get()
                .uri(uri)
                .headers(h -> {
                    if (bearer != null) {
                        h.setBearerAuth(bearer);
                    }
                })
                .exchange()
                .expectBody()
                .returnResult());
    }

    static JsonNode read(EntityExchangeResult<byte[]> result) {
        try {
            return JSON.readTree(result.getResponseBody());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
