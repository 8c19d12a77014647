package org.planlineage.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planlineage.indicator.Comparator.EQ;
import static org.planlineage.indicator.Comparator.GT;
import static org.planlineage.indicator.Comparator.GTE;
import static org.planlineage.indicator.TargetUnit.COUNT;
import static org.planlineage.indicator.TargetUnit.MILLION_VND;
import static org.planlineage.indicator.TargetUnit.PERCENT;
import static org.planlineage.indicator.TargetUnit.TEXT;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every shape of cell the sources write, taken from the seed's actual target and result cells. */
class TargetParserTest {

    @ParameterizedTest(name = "\"{0}\" is {1} {2} {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "100%            | EQ  | 100   | PERCENT",
                ">80%            | GT  | 80    | PERCENT",
                "> 50%           | GT  | 50    | PERCENT",
                "≥80%            | GTE | 80    | PERCENT",
                "tối thiểu 80%   | GTE | 80    | PERCENT",
                "60,67%          | EQ  | 60.67 | PERCENT",
                "03              | EQ  | 3     | COUNT",
                ">370            | GT  | 370   | COUNT",
                "tối đa 5%       | LTE | 5     | PERCENT",
            })
    void aCellWithOneValueParsesToThatValue(String raw, Comparator comparator, double value, TargetUnit unit) {
        var parsed = TargetParser.parse(raw, COUNT);
        assertThat(parsed.comparator()).isEqualTo(comparator);
        assertThat(parsed.value()).isEqualTo(value);
        assertThat(parsed.unit()).isEqualTo(unit);
        assertThat(parsed.parts())
                .singleElement()
                .satisfies(p -> assertThat(p.raw()).isEqualTo(raw));
    }

    @Test
    void wordsAfterTheValueAreItsScope() {
        assertThat(TargetParser.parse("800 lượt", COUNT).scope()).isEqualTo("lượt");
        assertThat(TargetParser.parse("30% đơn vị cấp phường", COUNT).scope()).isEqualTo("đơn vị cấp phường");
        assertThat(TargetParser.parse("100% (hộ gia đình phường đô thị văn minh)", COUNT)
                        .scope())
                .isEqualTo("hộ gia đình phường đô thị văn minh");
        var perDistrict = TargetParser.parse("mỗi huyện, tx, tp chọn 30% đơn vị cấp xã", COUNT);
        assertThat(perDistrict.value()).isEqualTo(30);
        assertThat(perDistrict.scope()).isEqualTo("đơn vị cấp xã");
    }

    @Test
    void twoValuesInOneCellAreBothKeptAndNoneIsTheCellsValue() {
        var parsed = TargetParser.parse("20% 40%", COUNT);
        assertThat(parsed.value()).isNull();
        assertThat(parsed.comparator()).isNull();
        assertThat(parsed.unit()).isEqualTo(PERCENT);
        assertThat(parsed.parts()).extracting(TargetParser.Part::raw).containsExactly("20%", "40%");
        assertThat(parsed.parts()).extracting(TargetParser.Part::value).containsExactly(20.0, 40.0);
    }

    @Test
    void aValueOfWhichASubsetIsNamedKeepsTheMainValue() {
        var parsed = TargetParser.parse("50% đơn vị; Trong đó chọn 05 phường", COUNT);
        assertThat(parsed.value()).isEqualTo(50);
        assertThat(parsed.scope()).isEqualTo("đơn vị");
        assertThat(parsed.parts()).hasSize(2);
        assertThat(parsed.parts().get(1)).satisfies(p -> {
            assertThat(p.sub()).isTrue();
            assertThat(p.value()).isEqualTo(5);
            assertThat(p.unit()).isEqualTo(COUNT);
            assertThat(p.scope()).isEqualTo("phường");
        });
        assertThat(TargetParser.parse("70% đơn vị. Trong đó chọn 08 phường", COUNT)
                        .value())
                .isEqualTo(70);
    }

    @Test
    void severalMainValuesLeaveTheCellWithoutOne() {
        var parsed = TargetParser.parse("300 cá nhân, cơ sở, doanh nghiệp; 600 sản phẩm; 100 giao dịch", COUNT);
        assertThat(parsed.value()).isNull();
        assertThat(parsed.parts()).extracting(TargetParser.Part::value).containsExactly(300.0, 600.0, 100.0);
    }

    @ParameterizedTest
    @CsvSource({
        "Thường xuyên",
        "Hoàn thành các mục tiêu của Kế hoạch",
        "Triển khai năm 2024",
        "Vận động thực hiện xác thực mức 2 của VNeID",
        "Đang thực hiện"
    })
    void textIsTextEvenWithANumberInside(String raw) {
        var parsed = TargetParser.parse(raw, COUNT);
        assertThat(parsed.unit()).isEqualTo(TEXT);
        assertThat(parsed.value()).isNull();
        assertThat(parsed.parts()).isEmpty();
    }

    @Test
    void budgetAmountsUseVietnameseThousandsAndTheTablesUnit() {
        var parsed = TargetParser.parse("2.000", MILLION_VND);
        assertThat(parsed.value()).isEqualTo(2000);
        assertThat(parsed.unit()).isEqualTo(MILLION_VND);
        assertThat(TargetParser.parse("7.300", MILLION_VND).value()).isEqualTo(7300);
        assertThat(TargetParser.parse("0", MILLION_VND).value()).isZero();
    }

    @Test
    void comparatorsOfTheSameMeaningParseTheSame() {
        assertThat(TargetParser.parse("≥80%", COUNT).comparator()).isEqualTo(GTE);
        assertThat(TargetParser.parse("tối thiểu 80%", COUNT).comparator()).isEqualTo(GTE);
        assertThat(TargetParser.parse("trên 80%", COUNT).comparator()).isEqualTo(GT);
        assertThat(TargetParser.parse("80%", COUNT).comparator()).isEqualTo(EQ);
    }
}
