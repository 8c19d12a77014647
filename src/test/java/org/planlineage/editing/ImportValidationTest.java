package org.planlineage.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planlineage.support.EditingGraph.as;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planlineage.support.EditingGraph;
import org.planlineage.support.EditingGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** A refused import changes nothing and says, for every problem, where in the input it is and what to send. */
@EditingGraphTest
class ImportValidationTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    Neo4jClient client;

    @BeforeEach
    void clean() {
        EditingGraph.clean(client);
    }

    GraphQlTester.Response importAsEditor(Map<String, Object> input) {
        return as(graphQl, EditingGraphTest.EDITOR)
                .documentName("importDocument")
                .variable("input", input)
                .execute();
    }

    /** The single error of a refused import, after checking that the graph is exactly as before. */
    ResponseError refused(Map<String, Object> input) {
        var before = EditingGraph.dump(client);
        var errors = new ArrayList<ResponseError>();
        importAsEditor(input).errors().satisfy(errors::addAll);
        assertThat(EditingGraph.dump(client)).isEqualTo(before);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getErrorType().toString()).isEqualTo("BAD_REQUEST");
        return errors.get(0);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> problems(ResponseError error) {
        return (List<Map<String, Object>>) error.getExtensions().get("problems");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> item(Map<String, Object> input, int i) {
        return (Map<String, Object>) ((List<Object>) input.get("items")).get(i);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> link(Map<String, Object> input, int i) {
        return (Map<String, Object>) ((List<Object>) input.get("links")).get(i);
    }

    @Test
    void anUnknownUnitIsRefusedWithTheClosestKnownUnitsAndEveryOtherProblemAtOnce() {
        var input = ImportDocumentTest.wardPlan();
        item(input, 0).put("lead", List.of("UBND Phường C"));
        item(input, 1).put("cooperating", List.of("Phong Van hoa"));
        item(input, 1).put("targets", List.of(Map.of("year", 2023, "raw", "1"), Map.of("year", 2023, "raw", "2")));
        var error = refused(input);
        assertThat(error.getMessage())
                .isEqualTo("The import was refused and nothing was written: 3 problems (see extensions.problems). "
                        + "First: input.items[0].lead[0]: no unit is called 'UBND Phường C'; send a key or a known "
                        + "name or alias (closest: ubnd-phuong-a (UBND Phường A), ubnd-phuong-b (UBND Phường B), "
                        + "ubnd-2-phuong (UBND 2 phường))");
        assertThat(problems(error))
                .extracting(p -> p.get("path"))
                .containsExactly(
                        "input.items[0].lead[0]", "input.items[1].cooperating[0]", "input.items[1].targets[1].year");
        assertThat(problems(error).get(1).get("suggestions"))
                .isEqualTo(List.of(
                        "phong-vh (Phòng Văn hóa và Thông tin)", "phong-moi (Phòng Mới)", "phong-cu (Phòng Cũ)"));
        assertThat(problems(error).get(2).get("message")).isEqualTo("a second cell for 2023; one per year");
        assertThat(problems(error).get(0).get("suggestions"))
                .isEqualTo(List.of(
                        "ubnd-phuong-a (UBND Phường A)",
                        "ubnd-phuong-b (UBND Phường B)",
                        "ubnd-2-phuong (UBND 2 phường)"));
    }

    @Test
    void aLeadCellWithoutItsUnitsIsRefused() {
        var input = ImportDocumentTest.wardPlan();
        item(input, 0).put("lead", List.of());
        assertThat(problems(refused(input)))
                .containsExactly(Map.of(
                        "path",
                        "input.items[0].lead",
                        "message",
                        "the lead cell is given but not resolved: list its units (keys, names or aliases)"));
    }

    @Test
    void aLinkThatWouldMakeTheDocumentItsOwnAncestorIsRefusedWithTheChain() {
        importAsEditor(ImportDocumentTest.wardPlan())
                .path("importDocument.document.key")
                .entity(String.class)
                .isEqualTo("12-kh-ubnd-2022");
        // a ward decision that implements the ward plan...
        var decision = new HashMap<String, Object>(Map.of(
                "key", "qd-phuong-a-2022", "type", "DECISION", "issuedOn", "2022-08-01", "issuer", "ubnd-phuong-a"));
        decision.put("links", List.of(Map.of("relation", "IMPLEMENTS", "document", Map.of("key", "12-kh-ubnd-2022"))));
        importAsEditor(decision)
                .path("importDocument.created")
                .entity(Integer.class)
                .isEqualTo(2);
        // ...cannot become the plan's legal basis
        var input = ImportDocumentTest.wardPlan();
        var links = new ArrayList<Object>((List<?>) input.get("links"));
        links.add(Map.of("relation", "LEGAL_BASIS", "document", Map.of("key", "qd-phuong-a-2022")));
        input.put("links", links);
        assertThat(problems(refused(input)))
                .containsExactly(Map.of(
                        "path",
                        "input.links[3]",
                        "message",
                        "a link to qd-phuong-a-2022 would make 12-kh-ubnd-2022 its own ancestor: qd-phuong-a-2022 → "
                                + "12-kh-ubnd-2022 already; drop the link or send it as CITES"));
    }

    @Test
    void aDocumentOfTheSeedCannotBeChangedByAnImport() {
        var input = ImportDocumentTest.wardPlan();
        input.put("key", "qd-200-2022");
        var error = refused(input);
        assertThat(error.getMessage())
                .isEqualTo("Document qd-200-2022 comes from the curated seed (graph-seed/) and can only be changed "
                        + "there; import the new document under its own key");
    }

    @Test
    void anAmbiguousNumberIsRefusedWithItsCandidates() {
        var input = ImportDocumentTest.wardPlan();
        link(input, 0).put("document", Map.of("number", "45/KH-UBND"));
        var problem = problems(refused(input)).get(0);
        assertThat(problem.get("path")).isEqualTo("input.links[0].document");
        assertThat(problem.get("message"))
                .isEqualTo("number '45/KH-UBND' names 2 documents; give 'key', 'issuer' or 'issuedOn' to say which");
        assertThat(problem.get("suggestions"))
                .isEqualTo(List.of("45-kh-ubnd-2024-ubnd-tinh", "45-kh-ubnd-2024-ubnd-tp"));
    }

    @Test
    void anUnknownCitedDocumentWithoutATypeIsRefusedSayingWhatToSend() {
        var input = ImportDocumentTest.wardPlan();
        link(input, 2).put("document", Map.of("number", "15/QĐ-UBND", "issuedOn", "2022-06-15"));
        assertThat(problems(refused(input)))
                .containsExactly(Map.of(
                        "path",
                        "input.links[2].document.type",
                        "message",
                        "'15/QĐ-UBND' is not in the graph; to create it as a cited-only document give its 'type' "
                                + "(DECISION, PLAN, ...)"));
    }

    @Test
    void tooManyItemsAnswerBadRequestNamingTheLimit() {
        var input = ImportDocumentTest.wardPlan();
        var items = new ArrayList<Object>();
        for (int i = 1; i <= 51; i++) {
            items.add(Map.of("ref", "r" + i, "text", "Dòng " + i, "pillar", "OTHER"));
        }
        input.put("items", items);
        var error = refused(input);
        assertThat(error.getMessage())
                .isEqualTo("An import may hold at most 50 items, this one has 51; split the table over several "
                        + "imports or raise the limit (limit: app.import.max-items)");
        assertThat(error.getExtensions()).containsEntry("limit", "app.import.max-items");
    }

    @Test
    void aCitationOfALaterDocumentIsAcceptedWithAWarningAndDecomposedTextIsComposedWithAWarning() {
        var input = ImportDocumentTest.wardPlan();
        link(input, 0).put("document", Map.of("number", "45/KH-UBND", "issuer", "UBND tỉnh"));
        input.put("title", java.text.Normalizer.normalize((String) input.get("title"), java.text.Normalizer.Form.NFD));
        var response = importAsEditor(input);
        response.path("importDocument.warnings")
                .entityList(Map.class)
                .containsExactly(
                        Map.of(
                                "path",
                                "input.title",
                                "message",
                                "decomposed Unicode composed (NFC) and white space collapsed, as the seed stores text"),
                        Map.of(
                                "path",
                                "input.links[0].document",
                                "message",
                                "45-kh-ubnd-2024-ubnd-tinh was issued on 2024-03-01, after this document (2022-07-01); "
                                        + "accepted as given"));
        response.path("importDocument.document.title")
                .entity(String.class)
                .isEqualTo("Kế hoạch chuyển đổi số phường A năm 2023");
    }
}
