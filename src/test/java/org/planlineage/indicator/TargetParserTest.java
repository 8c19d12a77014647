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

    // ---- breakdowns: a main value and what breaks it down, kept apart (graph-seed/README.md, rule 6) ---------

    /** 206/QĐ-UBND row 29, 2024 (002 lines 41 and 44, cut by a page break). */
    static final String ROW_29 = "25% đơn vị, trong đó: + cấp tỉnh: Sở Văn hóa, TT&DL, Sở Công Thương, Sở NN& PTNT, "
            + "Sở Nội vụ, Sở GD&ĐT + cấp huyện: UBND tp Vĩnh Long, UBND tx Bình Minh + cấp xã: mỗi huyện, thị xã, "
            + "thành phố chọn 25% đơn vị";

    @Test
    void aChoosingLeadInInsideABreakdownDoesNotSwallowTheMainValue() {
        var parsed = TargetParser.parse(ROW_29, COUNT);
        assertThat(parsed.value()).isEqualTo(25);
        assertThat(parsed.comparator()).isEqualTo(EQ);
        assertThat(parsed.unit()).isEqualTo(PERCENT);
        assertThat(parsed.scope()).isEqualTo("đơn vị");
        assertThat(parsed.breakdowns())
                .extracting(Breakdowns.Breakdown::label)
                .containsExactly("cấp tỉnh", "cấp huyện", "cấp xã");
        var provincial = parsed.breakdowns().get(0);
        assertThat(provincial.part()).isNull();
        assertThat(provincial.counts())
                .isEqualTo("Sở Văn hóa, TT&DL, Sở Công Thương, Sở NN& PTNT, Sở Nội vụ, Sở GD&ĐT");
        assertThat(parsed.breakdowns().get(1).counts()).isEqualTo("UBND tp Vĩnh Long, UBND tx Bình Minh");
        var communes = parsed.breakdowns().get(2);
        assertThat(communes.raw()).isEqualTo("cấp xã: mỗi huyện, thị xã, thành phố chọn 25% đơn vị");
        assertThat(communes.part().value()).isEqualTo(25);
        assertThat(communes.part().unit()).isEqualTo(PERCENT);
        assertThat(communes.part().sub()).isTrue();
        assertThat(communes.counts()).isEqualTo("đơn vị");
        assertThat(parsed.parts()).extracting(TargetParser.Part::sub).containsExactly(false, true);
    }

    @Test
    void theSameAppliesToRow30WhoseBreakdownOfCommunesIsFiftyPercent() {
        var parsed = TargetParser.parse(
                "50% đơn vị, trong đó: + cấp tỉnh: Sở Văn hóa, TT&DL, Sở Y tế, Sở KHCHN + cấp huyện: UBND tp Vĩnh "
                        + "Long, UBND tx Bình Minh, UBND huyện Long Hồ, UBND huyện Bình Tân + cấp xã: mỗi huyện, thị xã, "
                        + "thành phố chọn 50% đơn vị cấp xã",
                COUNT);
        assertThat(parsed.value()).isEqualTo(50);
        assertThat(parsed.scope()).isEqualTo("đơn vị");
        assertThat(parsed.breakdowns().get(2).counts()).isEqualTo("đơn vị cấp xã");
        assertThat(parsed.breakdowns().get(2).part().value()).isEqualTo(50);
    }

    @Test
    void aListAfterGomBreaksTheMainValueDownByDistrict() {
        // 206/QĐ-UBND row 39 (002 line 56), shortened
        var parsed = TargetParser.parse("10% đơn vị gồm: + tp Vĩnh Long: 4 phường + Bình Minh: 1 xã", COUNT);
        assertThat(parsed.value()).isEqualTo(10);
        assertThat(parsed.scope()).isEqualTo("đơn vị");
        assertThat(parsed.breakdowns()).hasSize(2);
        assertThat(parsed.breakdowns().get(0)).satisfies(b -> {
            assertThat(b.label()).isEqualTo("tp Vĩnh Long");
            assertThat(b.part().value()).isEqualTo(4);
            assertThat(b.part().unit()).isEqualTo(COUNT);
            assertThat(b.counts()).isEqualTo("phường");
        });
        // 206/QĐ-UBND row 40 (002 line 57): the units of the 20%, named without a number
        var named = TargetParser.parse("20% đơn vị gồm: UBND tp Vĩnh Long, UBND huyện Tam Bình", COUNT);
        assertThat(named.value()).isEqualTo(20);
        assertThat(named.parts()).hasSize(1);
        assertThat(named.breakdowns()).singleElement().satisfies(b -> {
            assertThat(b.label()).isNull();
            assertThat(b.part()).isNull();
            assertThat(b.counts()).isEqualTo("UBND tp Vĩnh Long, UBND huyện Tam Bình");
        });
    }

    @Test
    void aSecondValueIsAShareWithinTheFirstWhenTheRowSaysTrongDo() {
        // 206/QĐ-UBND row 96 (002 line 128): the row's text names what the 40% counts
        String row = "Tỷ lệ thanh toán không dùng tiền mặt trong thương mại điện tử; trong đó, có số thanh toán thực "
                + "hiện qua các tổ chức cung ứng dịch vụ trung gian thanh toán";
        var parsed = TargetParser.parse("20% 40%", COUNT, row);
        assertThat(parsed.value()).isEqualTo(20);
        assertThat(parsed.comparator()).isEqualTo(EQ);
        assertThat(parsed.scope()).isNull();
        assertThat(parsed.parts()).extracting(TargetParser.Part::sub).containsExactly(false, true);
        assertThat(parsed.breakdowns()).singleElement().satisfies(b -> {
            assertThat(b.raw()).isEqualTo("40%");
            assertThat(b.part().value()).isEqualTo(40);
            assertThat(b.counts())
                    .isEqualTo("có số thanh toán thực hiện qua các tổ chức cung ứng dịch vụ trung gian thanh toán");
        });
        // a row that does not say "trong đó" leaves two main values
        assertThat(TargetParser.parse("20% 40%", COUNT, "Tỷ lệ thanh toán").value())
                .isNull();
    }

    @ParameterizedTest(name = "\"{0}\" states {1} {2} {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                // 2024 results of 31/KH-SKHCN, shortened: rows 6, 15, 5, 26, 22, 56 (004 lines 83, 155, 70, 257, 225,
                // 574)
                "Có 100% doanh nghiệp gửi nhận hóa đơn điện tử với nhau. Đạt mục tiêu đề ra. | EQ | 100 | PERCENT",
                "Đã hỗ trợ 390 cơ sở, doanh nghiệp HTX giới thiệu sản phẩm                  | EQ | 390 | COUNT",
                "Có 66 sản phẩm hàng hóa các loại                                            | EQ | 66  | COUNT",
                "Trong năm có trên 3 doanh nghiệp công nghệ số. Đạt mục tiêu đề ra.          | GT | 3   | COUNT",
                "Đến tháng 12/2024, đã có 67 giao dịch trên Sàn thương mại điện tử           | EQ | 67  | COUNT",
                "Đã triển khai tổ chức 09 lớp tập huấn kỹ năng bán hàng online               | EQ | 9   | COUNT",
            })
    void aCellThatStartsWithWordsStatingANumberStatesThatNumber(
            String raw, Comparator comparator, double value, TargetUnit unit) {
        var parsed = TargetParser.parse(raw, COUNT);
        assertThat(parsed.comparator()).isEqualTo(comparator);
        assertThat(parsed.value()).isEqualTo(value);
        assertThat(parsed.unit()).isEqualTo(unit);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Sở Kế hoạch và Đầu tư tổ chức 05 khóa đào tạo, tập huấn, có 230 học viên tham dự. Nội dung, gồm Zalo",
                "Tính đến tháng 12/2024, Công an tỉnh đã thu nhận 836.691 hồ sơ định danh điện tử",
                "- Chưa có bệnh viện triển khai. - 100% triển khai đơn thuốc điện tử",
                "Tổ chức Hội chợ, triển lãm trực tuyến năm 2024, đã thu hút 50 đơn vị",
            })
    void proseWhoseNumbersAreNotStatedByALeadInStaysText(String raw) {
        var parsed = TargetParser.parse(raw, COUNT);
        assertThat(parsed.unit()).isEqualTo(TEXT);
        assertThat(parsed.parts()).isEmpty();
        assertThat(parsed.breakdowns()).isEmpty();
    }
}
