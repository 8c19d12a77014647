package org.planlineage.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planlineage.support.EditingGraph.as;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planlineage.support.EditingGraph;
import org.planlineage.support.EditingGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** ingestText on a ward plan written in the sources' style: a dry run for anyone, an import for an editor. */
@EditingGraphTest
class IngestTextTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    Neo4jClient client;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @BeforeEach
    void clean() {
        EditingGraph.clean(client);
    }

    static String text() {
        try {
            return new ClassPathResource("graphql-test/ward-plan.txt").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    GraphQlTester.Response ingest(GraphQlTester tester, String text, boolean dryRun) {
        return tester.documentName("ingestText")
                .variable("text", text)
                .variable("dryRun", dryRun)
                .execute();
    }

    @Test
    void aDryRunNeedsNoCredentialWritesNothingAndMatchesEveryCitation() {
        var before = EditingGraph.dump(client);
        var r = ingest(graphQl, text(), true);
        assertThat(EditingGraph.dump(client)).isEqualTo(before);
        r.path("ingestText.dryRun").entity(Boolean.class).isEqualTo(true);
        r.path("ingestText.imported").valueIsNull();
        r.path("ingestText.document")
                .entity(new ParameterizedTypeReference<Map<String, Object>>() {})
                .satisfies(d -> assertThat(d)
                        .containsEntry("key", "20-kh-ubnd-2022")
                        .containsEntry("exists", false)
                        .containsEntry("number", "20/KH-UBND")
                        .containsEntry("type", "PLAN")
                        .containsEntry("issuedOn", "2022-08-05")
                        .containsEntry("issuedOnRaw", "ngày 05 tháng 8 năm 2022"));
        r.path("ingestText.citations[*].relation")
                .entityList(String.class)
                .containsExactly("IMPLEMENTS", "LEGAL_BASIS", "IMPLEMENTS", "LEGAL_BASIS");
        r.path("ingestText.citations[*].match")
                .entityList(String.class)
                .containsExactly("MATCHED", "MATCHED", "MATCHED", "NEW");
        r.path("ingestText.citations[*].matched")
                .entityList(String.class)
                .containsExactly("qd-200-2022", "qd-100-2022", "01-nq-tu-2022", null);
        r.path("ingestText.citations[3].proposedKey").entity(String.class).isEqualTo("77-qd-ubnd-2022");
        r.path("ingestText.citations[3].issuerKey").entity(String.class).isEqualTo("ubnd-tinh");
        r.path("ingestText.citations[3].lines").entity(String.class).isEqualTo("12");
    }

    @Test
    void anImportNeedsAnEditorAndWritesNothingWithoutOne() {
        var before = EditingGraph.dump(client);
        var errors = new ArrayList<ResponseError>();
        ingest(graphQl, text(), false).errors().satisfy(errors::addAll);
        ingest(as(graphQl, EditingGraphTest.READER), text(), false).errors().satisfy(errors::addAll);
        assertThat(errors).extracting(e -> e.getErrorType().toString()).containsExactly("UNAUTHORIZED", "FORBIDDEN");
        assertThat(EditingGraph.dump(client)).isEqualTo(before);
    }

    @Test
    void anEditorsIngestImportsTheDocumentItsCitationsAndKeepsTheTextTheProvenancePointsAt() {
        var r = ingest(as(graphQl, EditingGraphTest.EDITOR), text(), false);
        r.path("ingestText.imported.document.key").entity(String.class).isEqualTo("20-kh-ubnd-2022");
        r.path("ingestText.imported.document.basedOn[*].document.key")
                .entityList(String.class)
                .containsExactly("qd-200-2022", "77-qd-ubnd-2022", "qd-100-2022");
        r.path("ingestText.imported.citedOnly[0].key").entity(String.class).isEqualTo("77-qd-ubnd-2022");
        r.path("ingestText.imported.citedOnly[0].issuer.key")
                .entity(String.class)
                .isEqualTo("ubnd-tinh");
        String file = IngestedText.of(text()).key();
        r.path("ingestText.imported.document.basedOn[1].provenance[0]")
                .entity(new ParameterizedTypeReference<Map<String, Object>>() {})
                .isEqualTo(Map.of(
                        "locator", "Căn cứ, dòng 2",
                        "quote",
                                "Căn cứ Quyết định số 77/QĐ-UBND ngày 15/7/2022 của UBND tỉnh về phường điểm chuyển "
                                        + "đổi số",
                        "lines", "12",
                        "file", file,
                        "importedBy", "editor-1"));
        assertThat(client.query("MATCH (:Document {key: '20-kh-ubnd-2022'})-[:HAS_TEXT]->(t:SourceText) RETURN t.text")
                        .fetchAs(String.class)
                        .one())
                .contains(text());
        // the kept text is served like a source file: an auditor reads the lines the provenance names
        String served = org.springframework.web.reactive.function.client.WebClient.create("http://localhost:" + port)
                .get()
                .uri("/sources/" + file + "?lines=12")
                .retrieve()
                .bodyToMono(String.class)
                .block();
        assertThat(served)
                .isEqualTo(
                        "12  Căn cứ Quyết định số 77/QĐ-UBND ngày 15/7/2022 của UBND tỉnh về phường điểm chuyển đổi số;"
                                + "\n");
        var before = EditingGraph.dump(client);
        ingest(as(graphQl, EditingGraphTest.EDITOR), text(), false)
                .path("ingestText.imported.created")
                .entity(Integer.class)
                .isEqualTo(0);
        assertThat(EditingGraph.dump(client)).isEqualTo(before);
    }

    @Test
    void aTextPastTheLimitIsABadRequestNamingIt() {
        var errors = new ArrayList<ResponseError>();
        ingest(graphQl, "x".repeat(20001), true).errors().satisfy(errors::addAll);
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(e.getMessage())
                    .isEqualTo("A text may hold at most 20000 characters, this one has 20001 (limit: "
                            + "app.ingest.max-characters)");
        });
    }
}
