package org.planlineage.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlineage.support.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * {@code search} on the seed with the index keeping only the best hits ({@code SearchService}): the hits of some kinds
 * are those of every kind, filtered, even when the index's best hits hold fewer of them than asked for.
 */
@SeededGraphTest
class SearchTest {

    static final String TEXT = "ty le ho so cong viec tai phuong";

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void unitsRankedBelowTheFirstHitsOfOtherKindsAreStillFound() {
        // every kind: the best 100 hits (the seed has fewer that match); their units, in order
        List<String> units =
                ids(null, 100).stream().filter(id -> id.startsWith("Agency:")).toList();
        assertThat(units).hasSizeGreaterThanOrEqualTo(2);
        // the first unit is below the first 10 hits of every kind: the index's best 10 hold no unit
        assertThat(ids(null, 10)).noneMatch(id -> id.startsWith("Agency:"));
        assertThat(ids(List.of("AGENCY"), 1)).containsExactly(units.get(0));
        assertThat(ids(List.of("AGENCY"), 2)).containsExactlyElementsOf(units.subList(0, 2));
    }

    @Test
    void theHitsOfSomeKindsAreTheHitsOfEveryKindFiltered() {
        List<String> all = ids(null, 100);
        List<String> indicatorsAndItems = all.stream()
                .filter(id -> id.startsWith("Indicator:") || id.startsWith("PlanItem:"))
                .limit(5)
                .toList();
        assertThat(indicatorsAndItems).hasSize(5);
        assertThat(ids(List.of("INDICATOR", "PLAN_ITEM"), 5)).containsExactlyElementsOf(indicatorsAndItems);
        // every kind named is every kind
        assertThat(ids(List.of("DOCUMENT", "PLAN_ITEM", "INDICATOR", "AGENCY"), 20))
                .isEqualTo(ids(null, 20));
    }

    @Test
    void hitsComeHighestScoreFirstThenByKey() {
        var hits = graphQl.document("""
                        query($text: String!) { search(text: $text, first: 100) { score node { id } } }""")
                .variable("text", TEXT)
                .execute()
                .path("search")
                .entityList(Map.class)
                .get();
        for (int i = 1; i < hits.size(); i++) {
            double before = ((Number) hits.get(i - 1).get("score")).doubleValue();
            double after = ((Number) hits.get(i).get("score")).doubleValue();
            assertThat(after).isLessThanOrEqualTo(before);
        }
    }

    @Test
    void hitsSelectedByIdAloneAreTheHitsSelectedInFull() {
        // by id: nodes read by their key alone (HitSelection); in full: every kind's fields read
        List<Map<String, Object>> narrow = hits("node { id }");
        List<Map<String, Object>> wide = hits("""
                node { id ... on Document { number title } ... on PlanItem { text targets { raw } }
                       ... on Indicator { name } ... on Agency { name aliases } }""");
        assertThat(narrow).hasSize(100);
        assertThat(wide).hasSize(narrow.size());
        for (int i = 0; i < narrow.size(); i++) {
            assertThat(((Map<?, ?>) wide.get(i).get("node")).get("id"))
                    .isEqualTo(((Map<?, ?>) narrow.get(i).get("node")).get("id"));
            assertThat(wide.get(i).get("snippet")).isEqualTo(narrow.get(i).get("snippet"));
            assertThat(wide.get(i).get("score")).isEqualTo(narrow.get(i).get("score"));
        }
        // the wide answer's fields are the nodes' own: the first plan item's text is its snippet without the marks
        var hit = wide.stream()
                .filter(h -> ((Map<?, ?>) h.get("node")).get("id").toString().startsWith("PlanItem:"))
                .findFirst()
                .orElseThrow();
        var item = (Map<?, ?>) hit.get("node");
        assertThat((String) item.get("text"))
                .startsWith("Tỷ lệ xử lý hồ sơ công việc")
                .isEqualTo(((String) hit.get("snippet")).replace("«", "").replace("»", ""));
        assertThat((List<?>) item.get("targets")).isNotEmpty();
    }

    private List<Map<String, Object>> hits(String selection) {
        return SearchHits.of(graphQl, TEXT, "", "{ score snippet " + selection + " }");
    }

    private List<String> ids(List<String> kinds, int first) {
        return graphQl.document("""
                        query($text: String!, $kinds: [SearchKind!], $first: Int) {
                          search(text: $text, kinds: $kinds, first: $first) { node { id } } }""")
                .variable("text", TEXT)
                .variable("kinds", kinds)
                .variable("first", first)
                .execute()
                .path("search[*].node.id")
                .entityList(String.class)
                .get();
    }
}
