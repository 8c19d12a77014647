package org.planlineage.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlineage.support.FixtureFindings;
import org.planlineage.support.FixtureGraphTest;
import org.planlineage.support.NamedDocuments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Every kind of finding on the narrative fixture's findings story (src/test/resources/fixture-seed/README.md): the
 * exact findings, in their order, with their sentences, severities, what they concern and where each fact was read.
 */
@FixtureGraphTest
class FindingsFixtureTest {

    static final List<String> ALL = FixtureFindings.ALL;

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void everyKindIsFoundOnItsStoryInTheStableOrder() {
        var all = findings(Map.of("first", 100));
        assertThat(all.ids()).containsExactlyElementsOf(ALL);
        assertThat(all.totalCount()).isEqualTo(16);
        assertThat(all.countLines())
                .containsExactly(
                        "WEAKER_THAN_UPPER=2",
                        "STRONGER_THAN_UPPER=1",
                        "TARGET_FALLS=1",
                        "TARGET_BELOW_RESULT=2",
                        "MISSING_COUNTERPART=5",
                        "BASIS_ISSUED_LATER=2",
                        "ASSIGNED_TO_FORMER_UNIT=2",
                        "UNRESOLVED_ASSIGNMENT=1");
        assertThat(all.pageInfo().hasNextPage()).isFalse();
    }

    @Test
    void aWeakerTargetNamesBothRowsTheirLevelsAndTheUnitThatLeads() {
        var weaker =
                findings(Map.of("kinds", List.of("WEAKER_THAN_UPPER"))).nodes().get(0);
        assertThat(weaker.explanation())
                .isEqualTo("For 2025, row 1 of 400/KH-UBND (district level; led by Phòng Văn hóa và Thông tin) asks "
                        + "for less than row 1 of 300/QĐ-UBND (province level) on \"Tỷ lệ văn bản điện tử được ký "
                        + "số\": \"85%\" asks for less than \"90%\".");
        assertThat(weaker.severity()).isEqualTo("HIGH");
        assertThat(weaker.strictnessOnly()).isFalse();
        assertThat(weaker.year()).isEqualTo(2025);
        assertThat(weaker.level()).isEqualTo("DISTRICT");
        assertThat(weaker.document().key()).isEqualTo("kh-400-2023");
        assertThat(weaker.documentKeys()).containsExactly("kh-400-2023", "qd-300-2023");
        assertThat(weaker.itemKeys()).containsExactly("kh-400-2023:1", "qd-300-2023:1");
        assertThat(weaker.agencyKeys()).containsExactly("phong-vh");
        assertThat(weaker.indicator().key()).isEqualTo("van-ban-ky-so");
        assertThat(weaker.where()).containsExactly("kh-400-2023 Phụ lục, TT 1 53", "qd-300-2023 Phụ lục, TT 1 42");
    }

    @Test
    void aDifferenceOfStrictnessAloneIsWeakerButMarkedAndLow() {
        var strict = findings(Map.of("kinds", List.of("WEAKER_THAN_UPPER"), "year", 2024))
                .nodes()
                .get(0);
        assertThat(strict.id()).isEqualTo("WEAKER_THAN_UPPER/2024/qd-200-2022:1/qd-100-2022:1");
        assertThat(strict.strictnessOnly()).isTrue();
        assertThat(strict.severity()).isEqualTo("LOW");
        assertThat(strict.explanation())
                .isEqualTo("For 2024, row 1 of 200/QĐ-UBND (district level; led by UBND 2 phường) asks for less than "
                        + "row 1 of 100/QĐ-UBND (province level) on \"Tỷ lệ hồ sơ công việc xử lý trên môi trường "
                        + "mạng tại cấp xã\": \"70%\" asks for less than \">70%\", the same value where only the "
                        + "bound's strictness differs.");
    }

    @Test
    void aStrongerTargetIsForTheAnalystNotAFault() {
        var stronger = findings(Map.of("kinds", List.of("STRONGER_THAN_UPPER")))
                .nodes()
                .get(0);
        assertThat(stronger.severity()).isEqualTo("INFO");
        assertThat(stronger.explanation())
                .isEqualTo("For 2024, row 1 of 400/KH-UBND (district level; led by Phòng Văn hóa và Thông tin) asks "
                        + "for more than row 1 of 300/QĐ-UBND (province level) on \"Tỷ lệ văn bản điện tử được ký "
                        + "số\": \"90%\" asks for more than \"80%\".");
    }

    @Test
    void aTargetThatFallsIsSetAgainstTheLatestEarlierYearItFallsBelow() {
        var falls = findings(Map.of("kinds", List.of("TARGET_FALLS"))).nodes().get(0);
        assertThat(falls.explanation())
                .isEqualTo("Row 1 of 400/KH-UBND (led by Phòng Văn hóa và Thông tin) sets \"85%\" for 2025, less than "
                        + "its own \"90%\" for 2024.");
        assertThat(falls.severity()).isEqualTo("MEDIUM");
        assertThat(falls.itemKeys()).containsExactly("kh-400-2023:1");
        assertThat(falls.where()).containsExactly("kh-400-2023 Phụ lục, TT 1 53");
    }

    @Test
    void aTargetBelowAReportedResultSaysHowTheResultWasRead() {
        var below = findings(Map.of("kinds", List.of("TARGET_BELOW_RESULT")));
        assertThat(below.nodes().get(0).explanation())
                .isEqualTo("Row 1 of 60/KH-UBND (led by UBND tỉnh) sets \"100\" for 2024, less than its 2023 result "
                        + "\"Đã hỗ trợ 120 doanh nghiệp\" (read as 120).");
        assertThat(below.nodes().get(0).severity()).isEqualTo("HIGH");
        assertThat(below.nodes().get(1).explanation())
                .isEqualTo("Row 2 of 60/KH-UBND (led by UBND tỉnh) sets \"50%\" for 2024, the same value as its 2023 "
                        + "result \">50%\" but without its strict bound: it asks for less.");
        assertThat(below.nodes().get(1).strictnessOnly()).isTrue();
        assertThat(below.nodes().get(1).severity()).isEqualTo("LOW");
        // row 3 reports "85%" and sets "85%": the same, no finding
        assertThat(below.ids()).noneMatch(id -> id.contains("kh-60-2023:3"));
    }

    @Test
    void aMissingCounterpartNamesTheGroupTheRowWasAssignedThroughAndTheLowerPlan() {
        var missing = findings(Map.of("kinds", List.of("MISSING_COUNTERPART"), "document", "200/QĐ-UBND"));
        assertThat(missing.ids())
                .containsExactly(
                        "MISSING_COUNTERPART/2024/qd-200-2022/qd-300-2023:1",
                        "MISSING_COUNTERPART/2024/qd-200-2022/qd-300-2023:2");
        var throughGroup = missing.nodes().get(1);
        assertThat(throughGroup.explanation())
                .isEqualTo("Row 2 of 300/QĐ-UBND (province level) sets \"60%\" for 2024 on \"Tỷ lệ hồ sơ giải quyết "
                        + "trực tuyến tại cấp xã\" and names UBND cấp xã as lead (which includes UBND Phường A, UBND "
                        + "Phường B), but 200/QĐ-UBND (district level), the plan UBND thành phố issued with targets "
                        + "for 2024, has no row that sets it (200/QĐ-UBND was issued on 2022-05-01, before "
                        + "300/QĐ-UBND of 2023-01-10).");
        assertThat(throughGroup.severity()).isEqualTo("MEDIUM");
        assertThat(throughGroup.level()).isEqualTo("DISTRICT");
        assertThat(throughGroup.documentKeys()).containsExactly("qd-200-2022", "qd-300-2023");
        assertThat(throughGroup.agencyKeys()).containsExactly("ubnd-cap-xa", "ubnd-tp");
        // the province's row 3 names only UBND tỉnh: no unit of the city, no finding
        assertThat(findings(Map.of("kinds", List.of("MISSING_COUNTERPART"), "first", 100))
                        .ids())
                .noneMatch(id -> id.endsWith("qd-300-2023:3"));
    }

    @Test
    void aBasisIssuedLaterStatesBothDatesAsTheSourcesWriteThem() {
        var later = findings(Map.of("kinds", List.of("BASIS_ISSUED_LATER")));
        var document = later.node("BASIS_ISSUED_LATER/cv-1-2022/LEGAL_BASIS/cv-2-2022");
        assertThat(document.explanation())
                .isEqualTo("1/UBND-VX, issued on 2022-06-01 (\"01/6/2022\"), takes as its legal basis 2/UBND-VX, "
                        + "which was issued later, on 2022-06-02 (\"02/6/2022\").");
        assertThat(document.severity()).isEqualTo("HIGH");
        assertThat(document.year()).isNull();
        assertThat(document.where())
                .containsExactly(
                        "qd-100-2022 chú thích 1 26",
                        "qd-100-2022 Văn bản 1/UBND-VX 16",
                        "qd-100-2022 Văn bản 2/UBND-VX 17");
        var row = later.node("BASIS_ISSUED_LATER/kh-400-2023:2/LEGAL_BASIS/kh-60-2023");
        assertThat(row.explanation())
                .isEqualTo("Row 2 of 400/KH-UBND, in a document issued on 2023-02-15 (\"15/02/2023\"), names as its "
                        + "legal basis 60/KH-UBND, which was issued later, on 2023-12-20 (\"20/12/2023\").");
        assertThat(row.itemKeys()).containsExactly("kh-400-2023:2");
    }

    @Test
    void aRowAssignedToAFormerUnitSaysWhoAnswersToday() {
        var former = findings(Map.of("kinds", List.of("ASSIGNED_TO_FORMER_UNIT")));
        var direct = former.node("ASSIGNED_TO_FORMER_UNIT/qd-200-2022:2/LEAD/phong-cu");
        assertThat(direct.explanation())
                .isEqualTo("Row 2 of 200/QĐ-UBND names Phòng Cũ as lead; its duties passed to Phòng Mới (since "
                        + "2025-07-01), and today Phòng Văn hóa và Thông tin answers for it.");
        // the plan of 2022 was written before the succession of 1 July 2025
        assertThat(direct.severity()).isEqualTo("LOW");
        assertThat(direct.agencyKeys()).containsExactly("phong-cu", "phong-moi", "phong-vh");
        assertThat(direct.where()).containsExactly("qd-200-2022 Kế thừa 5", "qd-200-2022 Phụ lục, TT 2 34");
        var group = former.node("ASSIGNED_TO_FORMER_UNIT/kh-400-2023:1/COOPERATING/cac-phong-tp");
        assertThat(group.explanation())
                .isEqualTo("Row 1 of 400/KH-UBND names Các phòng thành phố as a cooperating unit; 1 of its members "
                        + "has passed its duties on: Phòng Cũ to Phòng Mới (since 2025-07-01), and today Phòng Văn hóa "
                        + "và Thông tin answers for it.");
        assertThat(group.agencyKeys()).containsExactly("cac-phong-tp", "phong-cu", "phong-moi", "phong-vh");
    }

    @Test
    void wordsOfACellThatNameNoUnitAreQuoted() {
        var unresolved = findings(Map.of("kinds", List.of("UNRESOLVED_ASSIGNMENT")))
                .nodes()
                .get(0);
        assertThat(unresolved.explanation())
                .isEqualTo("The lead cell of row 2 of 400/KH-UBND, \"Phòng VH&TT và các đơn vị khác theo chức năng\", "
                        + "has words that name no unit: \"đơn vị khác theo chức năng\" (resolved: Phòng Văn hóa và "
                        + "Thông tin).");
        assertThat(unresolved.severity()).isEqualTo("LOW");
        assertThat(unresolved.agencyKeys()).containsExactly("phong-vh");
        assertThat(unresolved.where()).containsExactly("kh-400-2023 Phụ lục, TT 2 54");
    }

    private FindingsAnswer findings(Map<String, Object> variables) {
        return NamedDocuments.answer(graphQl, "findings", variables, FindingsAnswer.class);
    }
}
