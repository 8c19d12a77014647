package org.planlineage.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.planlineage.support.FixtureGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.graphql.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every guardrail answers a BAD_REQUEST that names its limit, and nothing a client sends produces a 5xx or a stack
 * trace. The limits are set low here (and introspection off, as in production) so small queries reach them.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "app.seed.mode=IF_CHANGED",
            "app.seed.location=classpath:fixture-seed/",
            "app.graphql.max-depth=5",
            "app.graphql.max-complexity=20",
            "app.graphql.max-tokens=400",
            "app.graphql.timeout=1ms",
            "spring.graphql.schema.introspection.enabled=false"
        })
@AutoConfigureHttpGraphQlTester
@ContextConfiguration(initializers = FixtureGraphTest.Initializer.class)
class GuardrailsTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    WebTestClient http;

    @Test
    void aQueryDeeperThanTheLimitIsRefusedNamingIt() {
        refused(
                "{ agency(key: \"phong-vh\") { parent { parent { parent { parent { parent { key } } } } } } }",
                "app.graphql.max-depth");
    }

    @Test
    void aQuerySelectingTooManyFieldsIsRefusedNamingTheLimit() {
        var fields = new StringBuilder();
        for (int i = 0; i < 11; i++) { // 11 x 2 fields > 20
            fields.append(" a").append(i).append(": agency(key: \"phong-vh\") { key }");
        }
        refused("{" + fields + " }", "app.graphql.max-complexity");
    }

    @Test
    void aHugeDocumentIsRefusedByTheParserNamingTheLimit() {
        refused("{ " + "__typename ".repeat(500) + "}", "app.graphql.max-tokens");
    }

    @Test
    void aRequestRunningPastTheTimeoutIsCutNamingIt() {
        refused("{ documents(first: 100) { nodes { key basedOn { relation } } } }", "app.graphql.timeout");
    }

    @Test
    void introspectionCanBeSwitchedOff() {
        refused("{ __schema { queryType { name } } }", "spring.graphql.schema.introspection.enabled");
    }

    @Test
    void malformedRequestsNeverAnswerA5xxOrAStackTrace() {
        for (String body : new String[] {
            "{\"query\": \"{ document(key: }\"}", "{\"query\": \"{ nope }\"}", "{\"query\": 42}", "not json", "{}"
        }) {
            var result = http.post()
                    .uri("/graphql")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(body)
                    .exchange()
                    .expectBody(String.class)
                    .returnResult();
            assertThat(result.getStatus().is5xxServerError()).as(body).isFalse();
            assertThat(result.getResponseBody()).as(body).doesNotContain("at org.", "Exception");
        }
        graphQl.document("{ document(key: }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST")));
    }

    private void refused(String query, String limit) {
        graphQl.document(query)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).isNotEmpty().anySatisfy(e -> {
                    assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(e.getMessage()).contains(limit);
                    assertThat(e.getExtensions()).containsEntry("limit", limit);
                }));
    }
}
