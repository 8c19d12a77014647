package org.planlineage.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlineage.support.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Target and result cells, parsed beside the raw text. Every cell here is one the source prints (file and line in
 * each test); the expected structure is what the cell means: "&gt;80%" is more than 80 percent, "03" is three,
 * "2.000" in a budget table in Triệu đồng is two thousand million dong.
 */
@SeededGraphTest
class ParsedTargetsTest {

    @Autowired
    Neo4jClient client;

    /** The parsed view of one cell: what the cell says, and what the graph made of it. */
    record Parsed(String raw, String comparator, Double value, String unit, String scope) {}

    @Test
    void moreThanEightyPercentIsAGreaterThanComparisonInPercent() {
        // 000 line 866: "80% 80% >80%" (3100, row 5, 2025)
        assertThat(target("3100-qd-ubnd-2023:5", 2025)).isEqualTo(new Parsed(">80%", "GT", 80.0, "PERCENT", null));
    }

    @Test
    void aComparatorSeparatedByASpaceIsStillRead() {
        // 000 line 1702: "20% 30% > 50% Thanh tra TPVL" (3100, row 27, 2025)
        assertThat(target("3100-qd-ubnd-2023:27", 2025)).isEqualTo(new Parsed("> 50%", "GT", 50.0, "PERCENT", null));
    }

    @Test
    void aZeroPaddedNumberIsACount() {
        // 002 line 137: "03" (206, row 103); 004 line 258: "03" (31, row 26)
        assertThat(target("206-qd-ubnd-2024:103", 2024)).isEqualTo(new Parsed("03", "EQ", 3.0, "COUNT", null));
        assertThat(target("31-kh-skhcn-2025:26", 2025)).isEqualTo(new Parsed("03", "EQ", 3.0, "COUNT", null));
    }

    @Test
    void aCountKeepsWhatItCountsAsItsScope() {
        // 000 lines 2150-2157: "04 phường", "07 phường", "11 phường" (3100, row 38)
        assertThat(target("3100-qd-ubnd-2023:38", 2023))
                .isEqualTo(new Parsed("04 phường", "EQ", 4.0, "COUNT", "phường"));
        assertThat(target("3100-qd-ubnd-2023:38", 2025))
                .isEqualTo(new Parsed("11 phường", "EQ", 11.0, "COUNT", "phường"));
        // 002 line 52: "02 chuyên gia" (206, row 35); line 110: ">35 sản phẩm" (206, row 82)
        assertThat(target("206-qd-ubnd-2024:35", 2024))
                .isEqualTo(new Parsed("02 chuyên gia", "EQ", 2.0, "COUNT", "chuyên gia"));
        assertThat(target("206-qd-ubnd-2024:82", 2024))
                .isEqualTo(new Parsed(">35 sản phẩm", "GT", 35.0, "COUNT", "sản phẩm"));
    }

    @Test
    void aBudgetAmountWithAThousandsDotIsMillionsOfDong() {
        // 001 line 1162 "Đơn vị: Triệu đồng"; line 1186 "0 2.000" (Phụ lục 1, STT 1); line 1210 "5 Nâng cấp Công báo 0
        // 500"
        assertThat(target("kh-vpubnd-2025-cds-2026:pl1-1", 2026))
                .isEqualTo(new Parsed("2.000", "EQ", 2000.0, "MILLION_VND", null));
        assertThat(target("kh-vpubnd-2025-cds-2026:pl1-5", 2026))
                .isEqualTo(new Parsed("500", "EQ", 500.0, "MILLION_VND", null));
        assertThat(result("kh-vpubnd-2025-cds-2026:pl1-1", 2025))
                .isEqualTo(new Parsed("0", "EQ", 0.0, "MILLION_VND", null));
    }

    @Test
    void twentyPercentFortyPercentIsTwentyPercentOfWhichFortyPercentAsTheRowSays() {
        // 002 line 128: "20% 40%" (206, row 96); 004 lines 200-202: "20%" / "40%" (31, row 19). Both rows read
        // "Tỷ lệ thanh toán không dùng tiền mặt trong thương mại điện tử; trong đó(,) có số thanh toán thực hiện qua
        // các tổ chức cung ứng dịch vụ trung gian thanh toán": the 40% is a share within the 20%, not a second target
        assertThat(SourceTexts.range("002_f3fbce1528a64abc.txt", "128"))
                .contains("trong đó, có số thanh toán", "20% 40%");
        assertThat(SourceTexts.range("004_966b2cedb08e58d7.txt", "195-205")).contains("trong đó có số thanh toán");
        for (var cell : List.of(
                cell("206-qd-ubnd-2024:96", "HAS_TARGET", 2024), cell("31-kh-skhcn-2025:19", "HAS_TARGET", 2025))) {
            assertThat(cell.get("raw")).isEqualTo("20% 40%");
            assertThat(cell.get("value")).isEqualTo(20.0);
            assertThat(cell.get("comparator")).isEqualTo("EQ");
            assertThat(cell.get("unit")).isEqualTo("PERCENT");
            assertThat(cell.get("partRaw")).isEqualTo(List.of("20%", "40%"));
            assertThat(cell.get("partValue")).isEqualTo(List.of(20.0, 40.0));
            assertThat(cell.get("partSub")).isEqualTo(List.of(false, true));
            assertThat(cell.get("breakdownRaw")).isEqualTo(List.of("40%"));
            assertThat(cell.get("breakdownPart")).isEqualTo(List.of(1L));
            assertThat(cell.get("breakdownCounts"))
                    .isEqualTo(List.of(
                            "có số thanh toán thực hiện qua các tổ chức cung ứng dịch vụ trung gian thanh toán"));
        }
    }

    @Test
    void theSelectionOfRow29IsABreakdownOfItsTwentyFivePercentNotTheValue() {
        // 002 line 41: "29. ... 25% đơn vị, trong đó: + cấp tỉnh: Sở Văn hóa, TT&DL, Sở Công Thương,"; after the
        // page-break header, line 44: "Sở NN& PTNT, ... + cấp huyện: UBND tp Vĩnh Long, UBND tx Bình Minh + cấp xã:
        // mỗi huyện, thị xã, thành phố chọn 25% đơn vị"
        assertThat(SourceTexts.range("002_f3fbce1528a64abc.txt", "41")).contains("25% đơn vị, trong đó: + cấp tỉnh:");
        assertThat(SourceTexts.range("002_f3fbce1528a64abc.txt", "44"))
                .contains("+ cấp xã: mỗi huyện, thị xã, thành phố chọn 25% đơn vị");
        var cell = cell("206-qd-ubnd-2024:29", "HAS_TARGET", 2024);
        assertThat(parsed(cell)).isEqualTo(new Parsed((String) cell.get("raw"), "EQ", 25.0, "PERCENT", "đơn vị"));
        assertThat(cell.get("breakdownLabel")).isEqualTo(List.of("cấp tỉnh", "cấp huyện", "cấp xã"));
        assertThat(cell.get("breakdownCounts"))
                .isEqualTo(List.of(
                        "Sở Văn hóa, TT&DL, Sở Công Thương, Sở NN& PTNT, Sở Nội vụ, Sở GD&ĐT",
                        "UBND tp Vĩnh Long, UBND tx Bình Minh",
                        "đơn vị"));
        assertThat(cell.get("breakdownPart")).isEqualTo(List.of(-1L, -1L, 1L));
        assertThat(cell.get("partValue")).isEqualTo(List.of(25.0, 25.0));
        assertThat(cell.get("partSub")).isEqualTo(List.of(false, true));
    }

    @Test
    void theSelectionOfRow30IsABreakdownOfItsFiftyPercent() {
        // 002 line 45: "50% đơn vị, trong đó: + cấp tỉnh: ... + cấp xã: mỗi huyện, thị xã, thành phố chọn 50% đơn vị
        // cấp xã"
        assertThat(SourceTexts.range("002_f3fbce1528a64abc.txt", "45"))
                .contains("50% đơn vị, trong đó:", "chọn 50% đơn vị cấp xã");
        var cell = cell("206-qd-ubnd-2024:30", "HAS_TARGET", 2024);
        assertThat(cell.get("value")).isEqualTo(50.0);
        assertThat(cell.get("scope")).isEqualTo("đơn vị");
        assertThat(cell.get("breakdownLabel")).isEqualTo(List.of("cấp tỉnh", "cấp huyện", "cấp xã"));
        assertThat(cell.get("breakdownCounts")).asList().last().isEqualTo("đơn vị cấp xã");
        assertThat(cell.get("partValue")).isEqualTo(List.of(50.0, 50.0));
    }

    @Test
    void theTenPercentOfRow39IsBrokenDownByDistrict() {
        // 002 line 56: "10% đơn vị gồm: + tp Vĩnh Long: 4 phường + Bình Minh: 1 xã + ... + Vũng Liêm: 1 xã"
        var cell = cell("206-qd-ubnd-2024:39", "HAS_TARGET", 2024);
        assertThat(cell.get("value")).isEqualTo(10.0);
        assertThat(cell.get("scope")).isEqualTo("đơn vị");
        assertThat(cell.get("breakdownLabel"))
                .isEqualTo(List.of(
                        "tp Vĩnh Long",
                        "Bình Minh",
                        "Bình Tân",
                        "Long Hồ",
                        "Tam Bình",
                        "Mang Thít",
                        "Trà Ôn",
                        "Vũng Liêm"));
        assertThat(cell.get("partValue")).isEqualTo(List.of(10.0, 4.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0));
        assertThat(cell.get("breakdownCounts")).asList().first().isEqualTo("phường");
    }

    @Test
    void resultsThatStartWithWordsStatingANumberStateThatNumber() {
        // 004 line 83: "Có 100% doanh nghiệp gửi nhận hóa đơn điện tử ... Đạt mục tiêu đề ra." (31, row 6, 2024)
        var sixth = cell("31-kh-skhcn-2025:6", "HAS_RESULT", 2024);
        assertThat(sixth.get("comparator")).isEqualTo("EQ");
        assertThat(sixth.get("value")).isEqualTo(100.0);
        assertThat(sixth.get("unit")).isEqualTo("PERCENT");
        assertThat((String) sixth.get("scope")).startsWith("doanh nghiệp gửi nhận hóa đơn điện tử");
        // 004 line 155: "Đã hỗ trợ 390 cơ sở, doanh nghiệp HTX giới thiệu sản phẩm ..." (31, row 15, 2024)
        var fifteenth = cell("31-kh-skhcn-2025:15", "HAS_RESULT", 2024);
        assertThat(fifteenth.get("value")).isEqualTo(390.0);
        assertThat(fifteenth.get("unit")).isEqualTo("COUNT");
        // 004 line 257: "Trong năm có trên 3 doanh nghiệp công nghệ số ..." (31, row 26, 2024)
        var twentySixth = cell("31-kh-skhcn-2025:26", "HAS_RESULT", 2024);
        assertThat(twentySixth.get("comparator")).isEqualTo("GT");
        assertThat(twentySixth.get("value")).isEqualTo(3.0);
        // 004 lines 56-66: "Sở Kế hoạch và Đầu tư tổ chức 05 khóa ..." (31, row 4): prose, not a stated quantity
        assertThat(cell("31-kh-skhcn-2025:4", "HAS_RESULT", 2024).get("unit")).isEqualTo("TEXT");
    }

    @Test
    void thirtyPercentOfWardUnitsKeepsTheUnitsAsItsScope() {
        // 000 lines 2413-2415: "30%  đơn" / "vị  cấp" / "phường" (3100, row 46, 2023)
        assertThat(target("3100-qd-ubnd-2023:46", 2023))
                .isEqualTo(new Parsed("30% đơn vị cấp phường", "EQ", 30.0, "PERCENT", "đơn vị cấp phường"));
    }

    @Test
    void aValueChosenPerDistrictIsReadAfterTheWordChon() {
        // 002 line 61: "mỗi huyện, tx, tp chọn 70% đơn vị cấp xã" (206, row 42)
        assertThat(target("206-qd-ubnd-2024:42", 2024))
                .isEqualTo(
                        new Parsed("mỗi huyện, tx, tp chọn 70% đơn vị cấp xã", "EQ", 70.0, "PERCENT", "đơn vị cấp xã"));
    }

    @Test
    void fiftyPercentOfUnitsOfWhichFiveWardsIsFiftyPercentWithASubPart() {
        // 000 lines 1795-1800: "50%  đơn" / "vị; Trong" / "đó chọn" / "05" / "phường" (3100, row 29, 2023)
        var cell = cell("3100-qd-ubnd-2023:29", "HAS_TARGET", 2023);
        assertThat(cell.get("raw")).isEqualTo("50% đơn vị; Trong đó chọn 05 phường");
        assertThat(cell.get("value")).isEqualTo(50.0);
        assertThat(cell.get("unit")).isEqualTo("PERCENT");
        assertThat(cell.get("scope")).isEqualTo("đơn vị");
        assertThat(cell.get("partValue")).isEqualTo(List.of(50.0, 5.0));
        assertThat(cell.get("partUnit")).isEqualTo(List.of("PERCENT", "COUNT"));
        assertThat(cell.get("partScope")).isEqualTo(List.of("đơn vị", "phường"));
        assertThat(cell.get("partSub")).isEqualTo(List.of(false, true));
    }

    @Test
    void aScopeInParenthesesIsReadWithoutThem() {
        // 002 line 161: "100% (hộ gia đình xã nông thôn mới nâng cao)" (206, row 121)
        assertThat(target("206-qd-ubnd-2024:121", 2024))
                .isEqualTo(new Parsed(
                        "100% (hộ gia đình xã nông thôn mới nâng cao)",
                        "EQ", 100.0, "PERCENT", "hộ gia đình xã nông thôn mới nâng cao"));
    }

    @Test
    void aDecimalCommaIsADecimalMark() {
        // 004 line 371: "80,69%" (31, row 34, result 2024)
        assertThat(result("31-kh-skhcn-2025:34", 2024)).isEqualTo(new Parsed("80,69%", "EQ", 80.69, "PERCENT", null));
    }

    @Test
    void threeCountsInOneCellGiveThreePartsAndNoSingleValue() {
        // 002 line 134: "300 cá nhân, cơ sở, doanh nghiệp; 600 sản phẩm; 100 giao dịch" (206, row 100)
        var cell = cell("206-qd-ubnd-2024:100", "HAS_TARGET", 2024);
        assertThat(cell.get("value")).isNull();
        assertThat(cell.get("unit")).isEqualTo("COUNT");
        assertThat(cell.get("partValue")).isEqualTo(List.of(300.0, 600.0, 100.0));
        assertThat(cell.get("partScope")).isEqualTo(List.of("cá nhân, cơ sở, doanh nghiệp", "sản phẩm", "giao dịch"));
    }

    @Test
    void thuongXuyenIsTextWithoutAValue() {
        // 000 lines 3131-3138: "Thường" / "xuyên" three times (3100, row 68)
        var cell = cell("3100-qd-ubnd-2023:68", "HAS_TARGET", 2023);
        assertThat(parsed(cell)).isEqualTo(new Parsed("Thường xuyên", null, null, "TEXT", null));
        assertThat(cell.get("partRaw")).isEqualTo(List.of());
    }

    @Test
    void aRowWithMeasurableTargetsIsAnIndicatorAndARowOfRoutineWorkIsATask() {
        assertThat(kind("3100-qd-ubnd-2023:5")).isEqualTo("INDICATOR");
        assertThat(kind("3100-qd-ubnd-2023:68")).isEqualTo("TASK");
        assertThat(kind("kh-vpubnd-2025-cds-2026:pl1-1")).isEqualTo("BUDGET_LINE");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private Parsed target(String item, int year) {
        return parsed(cell(item, "HAS_TARGET", year));
    }

    private Parsed result(String item, int year) {
        return parsed(cell(item, "HAS_RESULT", year));
    }

    private static Parsed parsed(Map<String, Object> t) {
        return new Parsed(
                (String) t.get("raw"),
                (String) t.get("comparator"),
                (Double) t.get("value"),
                (String) t.get("unit"),
                (String) t.get("scope"));
    }

    /** The Target node an item's HAS_TARGET or HAS_RESULT points to for a year, as a property map. */
    private Map<String, Object> cell(String item, String relationship, int year) {
        var cells = client.query("""
                MATCH (p:PlanItem {key: $item})-[r]->(t:Target {year: $year})
                WHERE type(r) = $relationship
                RETURN t {.*} AS t""")
                .bindAll(Map.of("item", item, "year", year, "relationship", relationship))
                .fetchAs(Map.class)
                .mappedBy((types, record) -> record.get("t").asMap())
                .all();
        assertThat(cells).as("%s of %s for %d", relationship, item, year).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> cell = cells.iterator().next();
        return cell;
    }

    private String kind(String item) {
        return client.query("MATCH (p:PlanItem {key: $item}) RETURN p.kind")
                .bind(item)
                .to("item")
                .fetchAs(String.class)
                .one()
                .orElseThrow();
    }
}
