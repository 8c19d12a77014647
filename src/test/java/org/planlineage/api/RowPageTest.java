package org.planlineage.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlineage.support.QueryCounter;
import org.planlineage.support.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * A page of a document's rows reads the parts of its rows the request selected (targets, units, responsibilities,
 * legal basis, indicator) in the page's own statement: each row answers exactly what the same row answers when asked
 * for alone ({@code planItem}, whose fields are read by their own batch statements), and the page costs two
 * statements (the document, then the page with its parts) whatever it selects of those parts.
 */
@SeededGraphTest
class RowPageTest {

    /** Every part the page reads along, responsibilities with groups expanded (the default). */
    private static final String PARTS = """
            key targets { year raw comparator value unit } target(year: 2024) { raw }
            lead { key name parent { key } } cooperating { key name }
            responsibleUnits { role agency { key name } via { key } }
            legalBasis { key number issuer { key } } indicator { key name }
            """;

    /** The same with responsibilities asked both ways, which the page leaves to their own loader. */
    private static final String BOTH_WAYS = PARTS + """
            own: responsibleUnits(expandGroups: false) { role agency { key } via { key } }
            """;

    /** Every part the page reads along, and nothing that reaches further (a unit's parent, an issuer). */
    private static final String FLAT = """
            key targets { year raw } target(year: 2024) { raw } lead { key name } cooperating { key }
            responsibleUnits { role agency { key } via { key } } legalBasis { key number } indicator { key name }
            """;

    /** The units of a row, every way the page reads them. */
    private static final String UNITS =
            "key lead { key } cooperating { key } responsibleUnits { role agency { key } via { key } }";

    @Autowired
    HttpGraphQlTester graphQl;

    QueryCounter counter;

    @Autowired
    void counter(MeterRegistry meters) {
        counter = new QueryCounter(meters);
    }

    @Test
    void eachRowOfAPageAnswersWhatTheRowAnswersAlone() {
        List<Map<String, Object>> rows = page("3100-qd-ubnd-2023", PARTS);
        assertThat(rows).hasSize(100);
        assertEachRowAsAlone(rows, PARTS);
    }

    @Test
    void responsibilitiesAskedBothWaysAnswerAsAlone() {
        List<Map<String, Object>> rows = page("206-qd-ubnd-2024", BOTH_WAYS);
        assertThat(rows).isNotEmpty();
        assertEachRowAsAlone(rows, BOTH_WAYS);
    }

    @Test
    void aPageWithEveryPartItReadsAlongCostsTwoStatements() {
        page("206-qd-ubnd-2024", FLAT); // plans the statements
        counter.reset();
        List<Map<String, Object>> rows = page("206-qd-ubnd-2024", FLAT);
        assertThat(rows).hasSize(100);
        // the document, then its page with every row's targets, units, responsibilities, legal basis and indicator
        // (seven statements before they were read with the page)
        assertThat(counter.count()).isEqualTo(2);
    }

    @Test
    void aPageOfRowsAloneIsOneStatementAfterItsDocument() {
        page("206-qd-ubnd-2024", "key text");
        counter.reset();
        assertThat(page("206-qd-ubnd-2024", "key text")).hasSize(100);
        assertThat(counter.count()).isEqualTo(2);
    }

    @Test
    void aUnitBothLeadAndCooperatingAnswersOnceInEachRole() {
        // 206/QĐ-UBND row 1: "Văn phòng UBND tỉnh" in both its lead and its cooperating cell
        Map<String, Object> row = page("206-qd-ubnd-2024", UNITS).get(0);
        assertThat(row)
                .isEqualTo(Map.of(
                        "key", "206-qd-ubnd-2024:1",
                        "lead", List.of(Map.of("key", "van-phong-ubnd-tinh")),
                        "cooperating", List.of(Map.of("key", "van-phong-ubnd-tinh")),
                        "responsibleUnits",
                                List.of(
                                        responsibility("LEAD", "van-phong-ubnd-tinh", null),
                                        responsibility("COOPERATING", "van-phong-ubnd-tinh", null))));
    }

    @Test
    void aRowAssigningGroupsAnswersTheirMembersWhereEachGroupStands() {
        // 206/QĐ-UBND row 2: lead "Văn phòng UBND tỉnh", cooperating "Các sở, ban, ngành, UBND cấp huyện, UBND cấp
        // xã": the three groups' members in the cell's order of the groups, each group's by name
        Map<String, Object> row = page("206-qd-ubnd-2024", UNITS).get(1);
        assertThat(row.get("key")).isEqualTo("206-qd-ubnd-2024:2");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> units = (List<Map<String, Object>>) row.get("responsibleUnits");
        assertThat(units.get(0)).isEqualTo(responsibility("LEAD", "van-phong-ubnd-tinh", null));
        assertThat(units.stream().map(u -> via(u)).distinct())
                .containsExactly(null, "cac-so-ban-nganh-tinh", "ubnd-cap-huyen", "ubnd-cap-xa");
        assertThat(units).filteredOn(u -> "ubnd-cap-huyen".equals(via(u))).hasSize(8);
        assertThat(units).hasSize(1 + 16 + 8 + 15);
    }

    @Test
    void rowsWithNoUnitsAnswerEmptyLists() {
        // the budget table of the office's 2026 plan (Phụ lục 1) names no unit on any of its six lines
        List<Map<String, Object>> rows = page("kh-vpubnd-2025-cds-2026", UNITS);
        assertThat(rows).hasSize(28);
        assertThat(rows.subList(22, 28))
                .extracting(r -> r.get("key"))
                .containsExactly(
                        "kh-vpubnd-2025-cds-2026:pl1-1",
                        "kh-vpubnd-2025-cds-2026:pl1-2",
                        "kh-vpubnd-2025-cds-2026:pl1-3",
                        "kh-vpubnd-2025-cds-2026:pl1-4",
                        "kh-vpubnd-2025-cds-2026:pl1-5",
                        "kh-vpubnd-2025-cds-2026:pl1-6");
        assertThat(rows.subList(22, 28))
                .allSatisfy(r -> assertThat(r)
                        .containsEntry("lead", List.of())
                        .containsEntry("cooperating", List.of())
                        .containsEntry("responsibleUnits", List.of()));
        assertEachRowAsAlone(rows, UNITS);
    }

    private List<Map<String, Object>> page(String document, String parts) {
        return graphQl.document("query($key: String!) { document(key: $key) { items(first: 100) { nodes { " + parts
                        + " } } } }")
                .variable("key", document)
                .execute()
                .errors()
                .verify()
                .path("document.items.nodes")
                .entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {})
                .get();
    }

    private static Map<String, Object> responsibility(String role, String agency, String via) {
        var result = new java.util.LinkedHashMap<String, Object>();
        result.put("role", role);
        result.put("agency", Map.of("key", agency));
        result.put("via", via == null ? null : Map.of("key", via));
        return result;
    }

    @SuppressWarnings("unchecked")
    private static String via(Map<String, Object> responsibility) {
        Object via = responsibility.get("via");
        return via == null ? null : (String) ((Map<String, Object>) via).get("key");
    }

    private void assertEachRowAsAlone(List<Map<String, Object>> rows, String parts) {
        for (Map<String, Object> row : rows) {
            Map<String, Object> alone = graphQl.document(
                            "query($key: String!) { planItem(key: $key) { " + parts + " } }")
                    .variable("key", row.get("key"))
                    .execute()
                    .errors()
                    .verify()
                    .path("planItem")
                    .entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {})
                    .get();
            assertThat(row).as("row %s", row.get("key")).isEqualTo(alone);
        }
    }
}
