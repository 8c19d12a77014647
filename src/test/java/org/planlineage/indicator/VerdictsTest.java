package org.planlineage.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The comparator semantics of the contract: how the lower level's target stands against the upper level's. */
class VerdictsTest {

    @ParameterizedTest(name = "\"{0}\" against \"{1}\" is {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "70%          | >70%         | LOWER",
                ">70%         | 70%          | HIGHER",
                "80%          | 80%          | SAME",
                "≥80%         | tối thiểu 80% | SAME",
                "80%          | ≥80%         | SAME",
                "95%          | >90%         | HIGHER",
                "50%          | 100%         | LOWER",
                "> 50%        | >50%         | SAME",
                "tối đa 5%    | tối đa 10%   | HIGHER",
                "Thường xuyên | 80%          | NOT_COMPARABLE",
                "80%          | Thường xuyên | NOT_COMPARABLE",
                "20% 40%      | 20%          | NOT_COMPARABLE",
                "03           | 3%           | NOT_COMPARABLE",
                "tối đa 5%    | 5%           | NOT_COMPARABLE",
                // the same words ask for the same; other words do not compare
                "Thường xuyên | Thường xuyên | SAME",
                "Hoàn thành các mục tiêu của Kế hoạch | Hoàn thành các mục tiêu của Kế hoạch | SAME",
                "Thường xuyên | Hoàn thành các mục tiêu của Kế hoạch | NOT_COMPARABLE",
                // comparable scopes: the lower level's words read as the upper level's counterparts
                "70% đơn vị cấp phường | mỗi huyện, tx, tp chọn 70% đơn vị cấp xã | SAME",
                "70% đơn vị cấp phường | mỗi huyện, tx, tp chọn 30% đơn vị cấp xã | HIGHER",
                "50% đơn vị            | 50% đơn vị                               | SAME",
                "100% (hộ gia đình phường đô thị văn minh) | 100% (hộ gia đình xã nông thôn mới nâng cao) | NOT_COMPARABLE",
                "100%                  | 100% (hộ gia đình xã nông thôn mới nâng cao) | NOT_COMPARABLE",
                // counts are over each plan's own territory
                "2 sản phẩm            | >35 sản phẩm                             | NOT_COMPARABLE",
            })
    void verdict(String lower, String upper, Verdict verdict) {
        assertThat(Verdicts.compare(target(lower), target(upper)).verdict()).isEqualTo(verdict);
    }

    @Test
    void identicalTextsAreTheSameTask() {
        assertThat(Verdicts.compare(target("Thường xuyên"), target("Thường  xuyên"))
                        .explanation())
                .isEqualTo("\"Thường xuyên\" and \"Thường  xuyên\" say the same words: the same task");
    }

    @Test
    void populationsThatDoNotCorrespondAreSaidSo() {
        assertThat(Verdicts.compare(
                                target("100% (hộ gia đình phường đô thị văn minh)"),
                                target("100% (hộ gia đình xã nông thôn mới nâng cao)"))
                        .explanation())
                .isEqualTo("\"100% (hộ gia đình phường đô thị văn minh)\" counts hộ gia đình phường đô thị văn minh "
                        + "and \"100% (hộ gia đình xã nông thôn mới nâng cao)\" counts hộ gia đình xã nông thôn mới "
                        + "nâng cao: populations that do not correspond");
    }

    @Test
    void correspondingScopesAreNamedInTheExplanation() {
        assertThat(Verdicts.compare(target("70% đơn vị cấp phường"), target("mỗi huyện, tx, tp chọn 70% đơn vị cấp xã"))
                        .explanation())
                .isEqualTo("\"70% đơn vị cấp phường\" and \"mỗi huyện, tx, tp chọn 70% đơn vị cấp xã\" ask for the "
                        + "same (comparable scopes: the lower level's đơn vị cấp phường corresponds to the upper "
                        + "level's đơn vị cấp xã)");
        assertThat(Verdicts.compare(target("70%"), target(">70%")).explanation())
                .isEqualTo("\"70%\" asks for less than \">70%\"");
    }

    @Test
    void countsAtTwoLevelsAreNotComparedAsIfTheyWereRates() {
        assertThat(Verdicts.compare(target("2 sản phẩm"), target(">35 sản phẩm"))
                        .explanation())
                .isEqualTo("\"2 sản phẩm\" and \">35 sản phẩm\" are counts, each over its own plan's territory, and "
                        + "the lower level's territory is part of the upper level's: only rates compare across levels");
    }

    @Test
    void aMainValueWithABreakdownComparesByItsMainValue() {
        var lower = target("70% đơn vị. Trong đó chọn 08 phường");
        var upper = target("50% đơn vị, trong đó: + cấp xã: mỗi huyện, thị xã, thành phố chọn 50% đơn vị cấp xã");
        assertThat(Verdicts.compare(lower, upper).verdict()).isEqualTo(Verdict.HIGHER);
    }

    @Test
    void aDifferenceOfStrictnessAloneIsMarkedAsSuch() {
        assertThat(Verdicts.compare(target("70%"), target(">70%")).strictnessOnly())
                .isTrue();
        assertThat(Verdicts.compare(target("50%"), target(">70%")).strictnessOnly())
                .isFalse();
        assertThat(Verdicts.compare(target(">70%"), target("70%")).strictnessOnly())
                .isTrue();
        assertThat(Verdicts.compare(target("70%"), target("70%")).strictnessOnly())
                .isFalse();
    }

    @ParameterizedTest(name = "within a row, \"{0}\" against the earlier \"{1}\" is {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "85%          | 90%          | LOWER",
                ">80%         | 80%          | HIGHER",
                "30%          | 72%          | LOWER",
                // counts compare within a row: the same territory and population
                ">370         | Đã hỗ trợ 390 cơ sở, doanh nghiệp HTX | LOWER",
                "50           | 10 đơn vị tham gia | HIGHER",
                "03           | Trong năm có trên 3 doanh nghiệp công nghệ số | LOWER",
                // one scope names the other's thing more fully
                ">10 sản phẩm | Có 66 sản phẩm hàng hóa các loại | LOWER",
                // different things counted, a rate against a count, texts
                "800 lượt     | Đã triển khai tổ chức 09 lớp tập huấn | NOT_COMPARABLE",
                "50%          | 83 website   | NOT_COMPARABLE",
                "80%          | Đang thực hiện | NOT_COMPARABLE",
                "Thường xuyên | Thường xuyên | SAME",
            })
    void withinARow(String later, String earlier, Verdict verdict) {
        assertThat(Verdicts.withinRow(target(later), target(earlier)).verdict()).isEqualTo(verdict);
    }

    @Test
    void withinARowAnEqualValueWithoutTheStrictBoundIsLowerByStrictnessOnly() {
        var outcome = Verdicts.withinRow(target("03"), target("Trong năm có trên 3 doanh nghiệp công nghệ số"));
        assertThat(outcome.strictnessOnly()).isTrue();
        assertThat(outcome.explanation())
                .isEqualTo("\"03\" asks for less than \"Trong năm có trên 3 doanh nghiệp công nghệ số\"");
    }

    private static Target target(String raw) {
        var p = TargetParser.parse(raw, TargetUnit.COUNT);
        return new Target(
                "item",
                2024,
                raw,
                p.comparator(),
                p.value(),
                p.unit(),
                p.scope(),
                p.parts().stream()
                        .map(x -> new Target.Part(x.raw(), x.comparator(), x.value(), x.unit(), x.scope(), x.sub()))
                        .toList(),
                List.of());
    }
}
