package org.planlineage.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.planlineage.support.FixtureGraphTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The whole-country comparison's refusal past the answer-size bound ({@code ComparisonService.refusePastTheBound})
 * through {@code /export/compare.csv}'s HTTP path: with the bound at 0, the fixture's one pair of
 * {@code ho-so-cong-viec-cap-xa} (2024, 200/QĐ-UBND against 100/QĐ-UBND) is past it, and the export answers a
 * problem that names the count, the bound and how to narrow it, with no CSV written; with {@code years=2023} (no
 * pair: one entry) the same export answers its file.
 */
@FixtureGraphTest
@TestPropertySource(properties = "app.graphql.max-answer-fields=0")
class CompareCsvBoundTest {

    @LocalServerPort
    int port;

    @Test
    void aWholeCountryExportPastTheBoundIsRefusedWithTheCountAndNoFile() throws IOException {
        ResponseEntity<byte[]> response = get("indicator=ho-so-cong-viec-cap-xa&rows=pairs");
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(response.getHeaders().getFirst("Content-Disposition")).isNull();
        JsonNode problem = new ObjectMapper().readTree(response.getBody());
        assertThat(problem.get("classification").asText()).isEqualTo("BAD_REQUEST");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asText())
                .isEqualTo("Comparing 'ho-so-cong-viec-cap-xa' across the whole country would make 1 pairs, more than"
                        + " an answer may hold (app.graphql.max-answer-fields: 0); narrow it with 'within' (a"
                        + " province, district or commune) or 'years'");
        assertThat(problem.get("limit").asText()).isEqualTo("app.graphql.max-answer-fields");
        assertThat(problem.get("pairs").asLong()).isEqualTo(1);
        assertThat(problem.get("bound").asLong()).isZero();
    }

    @Test
    void theSameExportNarrowedByYearsToNoPairIsAnswered() {
        ResponseEntity<byte[]> response = get("indicator=ho-so-cong-viec-cap-xa&years=2023");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
    }

    private ResponseEntity<byte[]> get(String query) {
        return WebClient.create()
                .get()
                .uri("http://localhost:" + port + "/export/compare.csv?" + query)
                .exchangeToMono(r -> r.toEntity(byte[].class))
                .block();
    }
}
