package org.planlineage.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planlineage.support.EditingGraph.as;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planlineage.support.EditingGraph;
import org.planlineage.support.EditingGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** importDocument on the fixture: what it writes, exactly, and that the same input again changes nothing. */
@EditingGraphTest
class ImportDocumentTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    Neo4jClient client;

    @BeforeEach
    void clean() {
        EditingGraph.clean(client);
    }

    static Map<String, Object> wardPlan() {
        try {
            return new ObjectMapper()
                    .readValue(
                            new ClassPathResource("graphql-test/ward-plan.json").getInputStream(),
                            new TypeReference<Map<String, Object>>() {});
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    GraphQlTester.Response importAsEditor(Map<String, Object> input) {
        return as(graphQl, EditingGraphTest.EDITOR)
                .documentName("importDocument")
                .variable("input", input)
                .execute();
    }

    @Test
    void anImportWritesTheDocumentItsLinksRowsTargetsAndUnitsWithProvenance() {
        var response = importAsEditor(wardPlan());
        response.path("importDocument.document.key").entity(String.class).isEqualTo("12-kh-ubnd-2022");
        response.path("importDocument.document.issuer.key").entity(String.class).isEqualTo("ubnd-phuong-a");
        response.path("importDocument.document.level").entity(String.class).isEqualTo("COMMUNE");
        response.path("importDocument.document.isSource").entity(Boolean.class).isEqualTo(false);
        response.path("importDocument.document.basedOn[*].document.key")
                .entityList(String.class)
                .containsExactly("qd-200-2022", "15-qd-ubnd-2022", "qd-100-2022");
        response.path("importDocument.document.basedOn[*].relation")
                .entityList(String.class)
                .containsExactly("IMPLEMENTS", "LEGAL_BASIS", "LEGAL_BASIS");
        response.path("importDocument.document.basedOn[0].provenance[0]")
                .entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {})
                .isEqualTo(Map.of(
                        "document", Map.of("key", "12-kh-ubnd-2022"),
                        "locator", "Trích yếu",
                        "quote", "thực hiện Quyết định số 200/QĐ-UBND",
                        "lines", "3",
                        "importedBy", "editor-1"));
        response.path("importDocument.document.items.nodes[0].targets[*].raw")
                .entityList(String.class)
                .containsExactly("≥80%", "> 90%");
        response.path("importDocument.document.items.nodes[0].targets[0].comparator")
                .entity(String.class)
                .isEqualTo("GTE");
        response.path("importDocument.document.items.nodes[0].targets[1].comparator")
                .entity(String.class)
                .isEqualTo("GT");
        response.path("importDocument.document.items.nodes[0].targets[1].value")
                .entity(Double.class)
                .isEqualTo(90.0);
        response.path("importDocument.document.items.nodes[0].targets[1].unit")
                .entity(String.class)
                .isEqualTo("PERCENT");
        response.path("importDocument.document.items.nodes[0].results[0].raw")
                .entity(String.class)
                .isEqualTo("82%");
        response.path("importDocument.document.items.nodes[0].kind")
                .entity(String.class)
                .isEqualTo("INDICATOR");
        response.path("importDocument.document.items.nodes[0].lead[*].key")
                .entityList(String.class)
                .containsExactly("ubnd-phuong-a");
        response.path("importDocument.document.items.nodes[0].cooperating[*].key")
                .entityList(String.class)
                .containsExactly("phong-vh");
        response.path("importDocument.document.items.nodes[0].indicator.key")
                .entity(String.class)
                .isEqualTo("ho-so-cong-viec-cap-xa");
        response.path("importDocument.document.items.nodes[0].provenance[0].locator")
                .entity(String.class)
                .isEqualTo("Phụ lục, TT 1");
        response.path("importDocument.document.items.nodes[1].kind")
                .entity(String.class)
                .isEqualTo("TASK");
        response.path("importDocument.document.items.nodes[1].legalBasis[*].key")
                .entityList(String.class)
                .containsExactly("qd-200-2022");
        response.path("importDocument.document.items.nodes[1].indicator.key")
                .entity(String.class)
                .isEqualTo("item-12-kh-ubnd-2022-2");
        response.path("importDocument.document.items.nodes[1].provenance[0].locator")
                .entity(String.class)
                .isEqualTo("importDocument input, items[1]");
        response.path("importDocument.citedOnly[0].key").entity(String.class).isEqualTo("15-qd-ubnd-2022");
        response.path("importDocument.citedOnly[0].issuer.key")
                .entity(String.class)
                .isEqualTo("ubnd-tinh");
        // 1 document, 3 links, 1 cited-only document, 2 rows, 3 targets, 1 result, 1 indicator of its own
        response.path("importDocument.created").entity(Integer.class).isEqualTo(12);
        response.path("importDocument.unchanged").entity(Integer.class).isEqualTo(0);
        response.path("importDocument.warnings").entityList(Object.class).hasSize(0);
        response.path("importDocument.change.kind").entity(String.class).isEqualTo("IMPORT");
        response.path("importDocument.change.by").entity(String.class).isEqualTo("editor-1");
    }

    @Test
    void theSameInputTwiceChangesNothingTheSecondTimeAndSaysSo() {
        importAsEditor(wardPlan())
                .path("importDocument.created")
                .entity(Integer.class)
                .isEqualTo(12);
        var before = EditingGraph.dump(client);
        var again = importAsEditor(wardPlan());
        again.path("importDocument.created").entity(Integer.class).isEqualTo(0);
        again.path("importDocument.updated").entity(Integer.class).isEqualTo(0);
        again.path("importDocument.removed").entity(Integer.class).isEqualTo(0);
        again.path("importDocument.unchanged").entity(Integer.class).isEqualTo(12);
        again.path("importDocument.change").valueIsNull();
        assertThat(EditingGraph.dump(client)).isEqualTo(before);
    }
}
