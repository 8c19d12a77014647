package org.planlineage.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlineage.support.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Narrow and wide: a search that selects nothing of its hits' nodes but {@code id} (its statement returns each hit's
 * key with the label its kind filter read) finds the same hits, in the same order, with the same kinds, scores and
 * snippets as one that reads every kind of node in full (the statement's projection per kind), for every kind and for
 * some kinds only.
 */
@SeededGraphTest
class SearchBareNodesTest {

    private static final String WIDE_NODE = "node { id ... on Document { number title } ... on PlanItem { text }"
            + " ... on Indicator { name } ... on Agency { name } }";

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void bareNodesAreTheSameHitsAsNodesReadInFull() {
        List<Map<String, Object>> narrow = hits("", "{ kind score node { id } snippet }");
        List<Map<String, Object>> wide = hits("", "{ kind score " + WIDE_NODE + " snippet }");
        assertThat(narrow).hasSize(100);
        assertSameHits(narrow, wide);
        // the best hit, as the seed's sources write it
        assertThat(wide.get(0).get("kind")).isEqualTo("PLAN_ITEM");
        assertThat((String) node(wide.get(0)).get("text")).startsWith("Tỷ lệ");
        assertThat((String) node(narrow.get(0)).get("id")).startsWith("PlanItem:");
    }

    @Test
    void bareNodesOfSomeKindsAreTheSameHitsAsNodesReadInFull() {
        List<Map<String, Object>> narrow = hits(", kinds: [DOCUMENT, INDICATOR]", "{ kind score node { id } snippet }");
        List<Map<String, Object>> wide =
                hits(", kinds: [DOCUMENT, INDICATOR]", "{ kind score " + WIDE_NODE + " snippet }");
        assertThat(narrow).isNotEmpty();
        assertThat(narrow).allSatisfy(h -> assertThat(h.get("kind")).isIn("DOCUMENT", "INDICATOR"));
        assertSameHits(narrow, wide);
    }

    private static void assertSameHits(List<Map<String, Object>> narrow, List<Map<String, Object>> wide) {
        assertThat(wide).hasSameSizeAs(narrow);
        for (int i = 0; i < narrow.size(); i++) {
            assertThat(narrow.get(i).get("kind")).isEqualTo(wide.get(i).get("kind"));
            assertThat(narrow.get(i).get("score")).isEqualTo(wide.get(i).get("score"));
            assertThat(narrow.get(i).get("snippet")).isEqualTo(wide.get(i).get("snippet"));
            assertThat(node(narrow.get(i)))
                    .isEqualTo(Map.of("id", node(wide.get(i)).get("id")));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> node(Map<String, Object> hit) {
        return (Map<String, Object>) hit.get("node");
    }

    private List<Map<String, Object>> hits(String arguments, String selection) {
        return SearchHits.of(graphQl, SearchWithoutSnippetsTest.TEXT, arguments, selection);
    }
}
