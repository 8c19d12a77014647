package org.planlineage.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlineage.support.FixtureGraphTest;
import org.planlineage.support.NamedDocuments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The filters of {@code findings} combine, the counts per kind ignore {@code kinds}, pages follow their cursors. */
@FixtureGraphTest
class FindingFiltersTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void filtersCombine() {
        var district2024 = findings(Map.of("level", "DISTRICT", "year", 2024, "first", 100));
        assertThat(district2024.ids())
                .containsExactly(
                        "WEAKER_THAN_UPPER/2024/qd-200-2022:1/qd-100-2022:1",
                        "STRONGER_THAN_UPPER/2024/kh-400-2023:1/qd-300-2023:1",
                        "MISSING_COUNTERPART/2024/kh-400-2023/qd-100-2022:1",
                        "MISSING_COUNTERPART/2024/kh-400-2023/qd-300-2023:2",
                        "MISSING_COUNTERPART/2024/qd-200-2022/qd-300-2023:1",
                        "MISSING_COUNTERPART/2024/qd-200-2022/qd-300-2023:2");
        // the counts per kind pass every filter but kinds: a header can offer the other kinds
        assertThat(district2024.countLines())
                .containsExactly(
                        "WEAKER_THAN_UPPER=1",
                        "STRONGER_THAN_UPPER=1",
                        "TARGET_FALLS=0",
                        "TARGET_BELOW_RESULT=0",
                        "MISSING_COUNTERPART=4",
                        "BASIS_ISSUED_LATER=0",
                        "ASSIGNED_TO_FORMER_UNIT=0",
                        "UNRESOLVED_ASSIGNMENT=0");
        var weakerOf400 =
                findings(Map.of("kinds", List.of("WEAKER_THAN_UPPER", "TARGET_FALLS"), "document", "kh-400-2023"));
        assertThat(weakerOf400.ids())
                .containsExactly(
                        "WEAKER_THAN_UPPER/2025/kh-400-2023:1/qd-300-2023:1", "TARGET_FALLS/2025/kh-400-2023:1/2024");
        assertThat(weakerOf400.totalCount()).isEqualTo(2);
        assertThat(weakerOf400.countLines()).contains("MISSING_COUNTERPART=3", "UNRESOLVED_ASSIGNMENT=1");
    }

    @Test
    void aDocumentIsNamedByKeyIdOrNumberAndConcernsBothSidesOfAPair() {
        for (String name : List.of("qd-300-2023", "Document:qd-300-2023", "300/QĐ-UBND", "300/qd-ubnd")) {
            assertThat(findings(Map.of("document", name, "kinds", List.of("WEAKER_THAN_UPPER", "STRONGER_THAN_UPPER")))
                            .ids())
                    .as(name)
                    .containsExactly(
                            "WEAKER_THAN_UPPER/2025/kh-400-2023:1/qd-300-2023:1",
                            "STRONGER_THAN_UPPER/2024/kh-400-2023:1/qd-300-2023:1");
        }
        // the upper document of a missing counterpart finds it too
        assertThat(findings(Map.of("document", "qd-300-2023", "kinds", List.of("MISSING_COUNTERPART")))
                        .ids())
                .containsExactly(
                        "MISSING_COUNTERPART/2024/kh-400-2023/qd-300-2023:2",
                        "MISSING_COUNTERPART/2025/kh-400-2023/qd-300-2023:2",
                        "MISSING_COUNTERPART/2024/qd-200-2022/qd-300-2023:1",
                        "MISSING_COUNTERPART/2024/qd-200-2022/qd-300-2023:2");
    }

    @Test
    void aYearLeavesOutTheKindsAboutNoYear() {
        var year = findings(Map.of(
                "year",
                2025,
                "kinds",
                List.of("BASIS_ISSUED_LATER", "ASSIGNED_TO_FORMER_UNIT", "UNRESOLVED_ASSIGNMENT", "TARGET_FALLS")));
        assertThat(year.ids()).containsExactly("TARGET_FALLS/2025/kh-400-2023:1/2024");
    }

    @Test
    void pagesFollowTheirCursorsToTheEndWithoutRepeatsOrGaps() {
        var seen = new ArrayList<String>();
        String after = null;
        boolean previous = false;
        for (int page = 0; page < 10; page++) {
            var variables = new java.util.HashMap<String, Object>(Map.of("first", 5));
            if (after != null) {
                variables.put("after", after);
            }
            var answer = findings(variables);
            assertThat(answer.pageInfo().hasPreviousPage()).isEqualTo(previous);
            assertThat(answer.edges()).hasSize(answer.nodes().size());
            seen.addAll(answer.ids());
            assertThat(answer.totalCount()).isEqualTo(16);
            if (!answer.pageInfo().hasNextPage()) {
                break;
            }
            after = answer.pageInfo().endCursor();
            previous = true;
        }
        assertThat(seen).containsExactlyElementsOf(FindingsFixtureTest.ALL);
        // a cursor names a place in the order: the same cursor gives the same page again
        var again = findings(Map.of("first", 3, "after", firstCursorOf(5)));
        assertThat(again.ids()).containsExactlyElementsOf(FindingsFixtureTest.ALL.subList(5, 8));
    }

    @Test
    void badArgumentsAreRefusedWithWhatToSend() {
        refused(Map.of("first", 101), "BAD_REQUEST", "'first' must be between 1 and 100, got 101");
        refused(Map.of("first", 0), "BAD_REQUEST", "'first' must be between 1 and 100, got 0");
        refused(
                Map.of("after", "bm90LWEtY3Vyc29y"),
                "BAD_REQUEST",
                "'after' is not a cursor of findings: pass the endCursor of a previous page of findings");
        refused(Map.of("year", 24), "BAD_REQUEST", "'year' must be a calendar year such as 2024, got 24");
        refused(
                Map.of("document", "khong-co"),
                "NOT_FOUND",
                "No document with key, id or number 'khong-co'; find one with documents(filter: ...) or search(text: ...)");
        refused(
                Map.of("document", "45/KH-UBND"),
                "AMBIGUOUS",
                "Number '45/KH-UBND' was used by 2 documents; filter by key");
    }

    private String firstCursorOf(int index) {
        return findings(Map.of("first", index)).pageInfo().endCursor();
    }

    private void refused(Map<String, Object> variables, String classification, String message) {
        NamedDocuments.assertRefused(graphQl, "findings", variables, classification, message);
    }

    private FindingsAnswer findings(Map<String, Object> variables) {
        return NamedDocuments.answer(graphQl, "findings", variables, FindingsAnswer.class);
    }
}
