package org.planlineage.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlineage.support.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * {@code compare} reads a target's parts only when the request selects them or the breakdowns ({@link
 * ComparisonSelection#parts}); otherwise only their count ({@link TargetLists#COUNTED}), which is all the verdicts
 * read: "holds several values" (more than one part) and text against text (none). A narrow query (targets' raw text
 * only) and a wide one (their parts) answer the same entries, pairs, verdicts and explanations, over the whole country
 * and within an area: a cell of two values (31-kh-skhcn-2025 row 19, "20% 40%"), texts ("Thường xuyên": the count
 * of none decides that two texts are compared by their words), and numbers. (No pair of the seed holds a cell of
 * several values: {@code CountedTargetVerdictsTest} states that verdict on a counted target without the database.)
 */
@SeededGraphTest
class CountedPartsCompareTest {

    private static final String QUERY = """
            query($indicator: String!, $within: String) {
              compare(indicator: $indicator, within: $within) {
                entries { year level item { key } target { raw %1$s } }
                pairs { year verdict explanation
                        lower { item { key } target { raw %1$s } }
                        upper { item { key } target { raw %1$s } } }
              }
            }""";

    private static final String NARROW = QUERY.formatted("");

    private static final String WIDE = QUERY.formatted("parts { raw comparator value unit scope subPart }");

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    @SuppressWarnings("unchecked")
    void aCellOfTwoValuesAnswersTheSameWithItsPartsCountedOrRead() {
        // 31-kh-skhcn-2025 row 19 sets "20% 40%" for 2025: two parts (40% "trong đó")
        String indicator = "ty-le-thanh-toan-khong-dung-tien-mat-trong-tmdt";
        var narrow = run(NARROW, indicator, null);
        var wide = run(WIDE, indicator, null);
        assertThat(withoutParts(wide)).isEqualTo(narrow);
        assertThat(target(narrow, "31-kh-skhcn-2025:19", 2025)).isEqualTo(Map.of("raw", "20% 40%"));
        var parts = (List<Map<String, Object>>)
                target(wide, "31-kh-skhcn-2025:19", 2025).get("parts");
        assertThat(parts.stream()
                        .map(p -> p.get("raw") + " " + p.get("value") + " " + p.get("unit") + " " + p.get("subPart"))
                        .toList())
                .containsExactly("20% 20.0 PERCENT false", "40% 40.0 PERCENT true");
    }

    @Test
    void textsAndNumbersAnswerTheSameCountedOrRead() {
        for (String indicator : List.of(
                "thuc-day-su-dung-thanh-toan-dien-tu",
                "boi-duong-cbccvc-ve-chuyen-doi-so",
                "ty-le-hai-long-ve-giai-quyet-tthc",
                CompareWithinTest.INDICATOR)) {
            for (String within : new String[] {null, "ubnd-tinh-vinh-long"}) {
                var narrow = run(NARROW, indicator, within);
                assertThat(withoutParts(run(WIDE, indicator, within)))
                        .as(indicator + " within " + within)
                        .isEqualTo(narrow);
            }
        }
        assertThat(lines(run(NARROW, "thuc-day-su-dung-thanh-toan-dien-tu", null)))
                .contains("2024 NOT_COMPARABLE \"Thường xuyên\" and \"Hoàn thành các mục tiêu của Kế hoạch\" are "
                        + "different texts, neither a number");
        assertThat(lines(run(NARROW, "boi-duong-cbccvc-ve-chuyen-doi-so", null)))
                .contains("2024 SAME \"Thường xuyên\" and \"Thường xuyên\" say the same words: the same task");
    }

    private Map<String, Object> run(String query, String indicator, String within) {
        return CompareAnswers.compare(graphQl, query, indicator, within);
    }

    /** The answer with every target's parts taken out: what the narrow query answers. */
    @SuppressWarnings("unchecked")
    private static Object withoutParts(Object o) {
        if (o instanceof Map<?, ?> map) {
            var copy = new java.util.LinkedHashMap<String, Object>();
            map.forEach((k, v) -> {
                if (!k.equals("parts")) {
                    copy.put((String) k, withoutParts(v));
                }
            });
            return copy;
        }
        if (o instanceof List<?> list) {
            return list.stream().map(CountedPartsCompareTest::withoutParts).toList();
        }
        return o;
    }

    @SuppressWarnings("unchecked")
    private static List<String> lines(Map<String, Object> answer) {
        return ((List<Map<String, Object>>) answer.get("pairs"))
                .stream()
                        .map(p -> p.get("year") + " " + p.get("verdict") + " " + p.get("explanation"))
                        .toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> target(Map<String, Object> answer, String item, int year) {
        return ((List<Map<String, Object>>) answer.get("entries"))
                .stream()
                        .filter(e -> ((Map<?, ?>) e.get("item")).get("key").equals(item)
                                && e.get("year").equals(year))
                        .map(e -> (Map<String, Object>) e.get("target"))
                        .findFirst()
                        .orElseThrow();
    }
}
