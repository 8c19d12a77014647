package org.planlineage.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlineage.support.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * {@code compare} reads what the query selects ({@link ComparisonSelection}): a narrow query (rows and documents by key
 * or id only, as the benchmark's area workload) and a wide one (their properties, the issuer resolved in a batch, in
 * the entries and in both entries of each pair) give the same entries in the same order and the same pairs and
 * verdicts, the wide one the rows' and documents' real values from the seed; within an area and for the whole country.
 * The targets' breakdowns, which no verdict uses, are read only when selected.
 * The indicator: CompareWithinTest's (206/QĐ-UBND row 21, the office's 2026 plan row 13, 3100/QĐ-UBND row 20).
 */
@SeededGraphTest
class NarrowAndWideCompareTest {

    private static final String NARROW = """
            query($indicator: String!, $within: String) {
              compare(indicator: $indicator, within: $within) {
                entries { year level item { key } document { id } target { raw } }
                pairs { year verdict explanation
                        lower { item { id key } document { key } target { raw } }
                        upper { item { key } document { key } target { raw } } }
              }
            }""";

    private static final String WIDE = """
            query($indicator: String!, $within: String) {
              compare(indicator: $indicator, within: $within) {
                entries { year level item { key ...Row } document { id ...Plan } target { raw } }
                pairs { year verdict explanation
                        lower { item { id key } document { key ...Plan } target { raw } }
                        upper { item { key ...Row } document { key } target { raw } } }
              }
            }
            fragment Row on PlanItem { number text }
            fragment Plan on Document { key number issuedOn issuer { key name } }""";

    private static final String ROW_TEXT =
            "Tỷ lệ cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản";

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void theProvincesAreaAnswersTheSameEntriesAndPairsNarrowOrWide() {
        var narrow = run(NARROW, "ubnd-tinh-vinh-long");
        var wide = run(WIDE, "ubnd-tinh-vinh-long");
        same(narrow, wide);
        assertThat(lines(narrow.get("entries")))
                .containsExactly(
                        "2023 DISTRICT 3100-qd-ubnd-2023:20 50%",
                        "2024 PROVINCE 206-qd-ubnd-2024:21 >70%",
                        "2024 DISTRICT 3100-qd-ubnd-2023:20 70%",
                        "2025 DISTRICT 3100-qd-ubnd-2023:20 100%",
                        "2026 PROVINCE kh-vpubnd-2025-cds-2026:13 100%");
        var pair = pairOf(narrow, 2024);
        assertThat(pair)
                .containsEntry("verdict", "LOWER")
                .containsEntry("explanation", "\"70%\" asks for less than \">70%\"");
        assertThat(pair.get("lower"))
                .isEqualTo(Map.of(
                        "item", Map.of("id", "PlanItem:3100-qd-ubnd-2023:20", "key", "3100-qd-ubnd-2023:20"),
                        "document", Map.of("key", "3100-qd-ubnd-2023"),
                        "target", Map.of("raw", "70%")));

        // the wide answer holds the rows' and documents' values, in the entries and in the pairs
        var province = entry(wide, "206-qd-ubnd-2024:21", 2024);
        assertThat(province.get("item"))
                .isEqualTo(Map.of("key", "206-qd-ubnd-2024:21", "number", "21.", "text", ROW_TEXT));
        assertThat(province.get("document"))
                .isEqualTo(Map.of(
                        "id", "Document:206-qd-ubnd-2024",
                        "key", "206-qd-ubnd-2024",
                        "number", "206/QĐ-UBND",
                        "issuedOn", "2024-01-31",
                        "issuer", Map.of("key", "ubnd-tinh-vinh-long", "name", "Ủy ban nhân dân tỉnh Vĩnh Long")));
        var widePair = pairOf(wide, 2024);
        assertThat(widePair.get("upper"))
                .isEqualTo(Map.of(
                        "item", Map.of("key", "206-qd-ubnd-2024:21", "number", "21.", "text", ROW_TEXT),
                        "document", Map.of("key", "206-qd-ubnd-2024"),
                        "target", Map.of("raw", ">70%")));
        assertThat(((Map<?, ?>) widePair.get("lower")).get("document"))
                .isEqualTo(Map.of(
                        "key", "3100-qd-ubnd-2023",
                        "number", "3100/QĐ-UBND",
                        "issuedOn", "2023-07-21",
                        "issuer", Map.of("key", "ubnd-tp-vinh-long", "name", "UBND thành phố Vĩnh Long")));
    }

    @Test
    void theWholeComparisonAnswersTheSameNarrowOrWide() {
        var narrow = run(NARROW, null);
        var wide = run(WIDE, null);
        same(narrow, wide);
        assertThat(narrow).isEqualTo(run(NARROW, "ubnd-tinh-vinh-long"));
        assertThat(entry(wide, "3100-qd-ubnd-2023:20", 2023).get("item"))
                .isEqualTo(Map.of("key", "3100-qd-ubnd-2023:20", "number", "20.", "text", ROW_TEXT));
    }

    @Test
    void targetsBreakdownsAreReadWhenSelectedAndTheVerdictsDoNotDependOnThem() {
        // 31-kh-skhcn-2025 row 19 sets "20% 40%" for 2025: 20% and, "trong đó", 40% as its breakdown
        String indicator = "ty-le-thanh-toan-khong-dung-tien-mat-trong-tmdt";
        String query = """
                query($indicator: String!, $within: String) {
                  compare(indicator: $indicator, within: $within) {
                    entries { year item { key } target { raw %s } }
                    pairs { year verdict explanation }
                  }
                }""";
        var without = run(query.formatted(""), indicator, null);
        var with = run(query.formatted("breakdowns { raw value unit counts }"), indicator, null);
        assertThat(with.get("pairs")).isEqualTo(without.get("pairs"));
        assertThat(entries(with)).hasSameSizeAs(entries(without));
        for (int i = 0; i < entries(with).size(); i++) {
            var w = entries(with).get(i);
            var n = entries(without).get(i);
            assertThat(w.get("item")).isEqualTo(n.get("item"));
            assertThat(keyOf(w, "target", "raw")).isEqualTo(keyOf(n, "target", "raw"));
        }
        assertThat(entry(with, "31-kh-skhcn-2025:19", 2025).get("target"))
                .isEqualTo(Map.of(
                        "raw",
                        "20% 40%",
                        "breakdowns",
                        List.of(Map.of(
                                "raw",
                                "40%",
                                "value",
                                40.0,
                                "unit",
                                "PERCENT",
                                "counts",
                                "có số thanh toán thực hiện qua các tổ chức cung ứng dịch vụ trung gian thanh toán"))));
        assertThat(entry(without, "31-kh-skhcn-2025:19", 2025).get("target")).isEqualTo(Map.of("raw", "20% 40%"));
    }

    private Map<String, Object> run(String query, String within) {
        return run(query, CompareWithinTest.INDICATOR, within);
    }

    private Map<String, Object> run(String query, String indicator, String within) {
        return CompareAnswers.compare(graphQl, query, indicator, within);
    }

    /** The narrow answer is the wide one with only the narrow fields: same entries, order, pairs and verdicts. */
    private static void same(Map<String, Object> narrow, Map<String, Object> wide) {
        assertThat(entries(wide)).hasSize(entries(narrow).size()).isNotEmpty();
        for (int i = 0; i < entries(narrow).size(); i++) {
            var n = entries(narrow).get(i);
            var w = entries(wide).get(i);
            assertThat(keyOf(w, "item", "key")).isEqualTo(keyOf(n, "item", "key"));
            assertThat(keyOf(w, "document", "id")).isEqualTo(keyOf(n, "document", "id"));
            for (String field : List.of("year", "level", "target")) {
                assertThat(w.get(field)).as(field).isEqualTo(n.get(field));
            }
        }
        var narrowPairs = pairs(narrow);
        var widePairs = pairs(wide);
        assertThat(widePairs).hasSize(narrowPairs.size()).isNotEmpty();
        for (int i = 0; i < narrowPairs.size(); i++) {
            var n = narrowPairs.get(i);
            var w = widePairs.get(i);
            for (String field : List.of("year", "verdict", "explanation")) {
                assertThat(w.get(field)).as(field).isEqualTo(n.get(field));
            }
            for (String side : List.of("lower", "upper")) {
                var ns = (Map<String, Object>) n.get(side);
                var ws = (Map<String, Object>) w.get(side);
                assertThat(keyOf(ws, "item", "key")).isEqualTo(keyOf(ns, "item", "key"));
                assertThat(keyOf(ws, "document", "key")).isEqualTo(keyOf(ns, "document", "key"));
                assertThat(ws.get("target")).isEqualTo(ns.get("target"));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Map<String, Object> answer) {
        return (List<Map<String, Object>>) answer.get("entries");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> pairs(Map<String, Object> answer) {
        return (List<Map<String, Object>>) answer.get("pairs");
    }

    private static Object keyOf(Map<String, Object> entry, String node, String field) {
        return ((Map<?, ?>) entry.get(node)).get(field);
    }

    private static Map<String, Object> entry(Map<String, Object> answer, String item, int year) {
        return entries(answer).stream()
                .filter(e ->
                        item.equals(keyOf(e, "item", "key")) && e.get("year").equals(year))
                .findFirst()
                .orElseThrow();
    }

    private static Map<String, Object> pairOf(Map<String, Object> answer, int year) {
        var found =
                pairs(answer).stream().filter(p -> p.get("year").equals(year)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static List<String> lines(Object entries) {
        var result = new ArrayList<String>();
        for (Object o : (List<?>) entries) {
            var e = (Map<?, ?>) o;
            result.add(e.get("year") + " " + e.get("level") + " " + ((Map<?, ?>) e.get("item")).get("key") + " "
                    + ((Map<?, ?>) e.get("target")).get("raw"));
        }
        return result;
    }
}
