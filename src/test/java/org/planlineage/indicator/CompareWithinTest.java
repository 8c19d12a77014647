package org.planlineage.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planlineage.support.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * {@code compare(within:)} on the seed: the rows of plans issued by a unit or by the units under it. The indicator
 * "Tỷ lệ CBCCVC phổ cập kỹ năng số cơ bản" is set by three rows (graph-seed/indicator-items.csv): 206/QĐ-UBND row 21
 * (UBND tỉnh Vĩnh Long), the 2026 plan of Văn phòng UBND tỉnh row 13 (an office under UBND tỉnh) and 3100/QĐ-UBND
 * row 20 (UBND thành phố Vĩnh Long, a district-level unit under the province).
 */
@SeededGraphTest
class CompareWithinTest {

    static final String INDICATOR = "ty-le-cbccvc-pho-cap-ky-nang-so-co-ban";

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void theCitysAreaHoldsOnlyTheCitysRowAndNoPairOfLevels() {
        var within = compare("ubnd-tp-vinh-long");
        assertThat(within.path("compare.entries[*].item.key")
                        .entityList(String.class)
                        .get())
                .isNotEmpty()
                .containsOnly("3100-qd-ubnd-2023:20");
        assertThat(within.path("compare.entries[*].level")
                        .entityList(String.class)
                        .get())
                .containsOnly("DISTRICT");
        within.path("compare.pairs").entityList(Object.class).hasSize(0);
    }

    @Test
    void theProvincesAreaHoldsTheOfficesAndTheCitysPlansTooTheSameAsTheWholeComparison() {
        var within = compare("ubnd-tinh-vinh-long");
        assertThat(within.path("compare.entries[*].item.key").entityList(String.class).get().stream()
                        .distinct())
                .containsExactlyInAnyOrder("206-qd-ubnd-2024:21", "kh-vpubnd-2025-cds-2026:13", "3100-qd-ubnd-2023:20");
        var whole = compare(null);
        for (String field : List.of("entries", "pairs")) {
            assertThat(within.path("compare." + field).entityList(Object.class).get())
                    .as(field)
                    .isEqualTo(whole.path("compare." + field)
                            .entityList(Object.class)
                            .get());
        }
    }

    @Test
    void aWardWithoutAPlanHasNothingToCompare() {
        var within = compare("ubnd-phuong-1-tpvl");
        within.path("compare.entries").entityList(Object.class).hasSize(0);
        within.path("compare.pairs").entityList(Object.class).hasSize(0);
    }

    @Test
    void anUnknownUnitIsNotFound() {
        var errors = new ArrayList<ResponseError>();
        graphQl.document("""
                        query($within: String) { compare(indicator: "%s", within: $within) { indicator { key } } }""".formatted(INDICATOR))
                .variable("within", "no-such-unit")
                .execute()
                .errors()
                .satisfy(errors::addAll);
        assertThat(errors).extracting(e -> e.getErrorType().toString()).containsExactly("NOT_FOUND");
        assertThat(errors)
                .extracting(ResponseError::getMessage)
                .containsExactly("No agency with key 'no-such-unit' for 'within'; find keys with "
                        + "agencies(search: ..., kind: PEOPLES_COMMITTEE)");
    }

    private GraphQlTester.Traversable compare(String within) {
        return graphQl.document("""
                        query($indicator: String!, $within: String) { compare(indicator: $indicator, within: $within) {
                          entries { year level item { key } document { key } target { raw } }
                          pairs { year verdict lower { item { key } } upper { item { key } } explanation } } }""")
                .variable("indicator", INDICATOR)
                .variable("within", within)
                .execute()
                .errors()
                .verify();
    }
}
