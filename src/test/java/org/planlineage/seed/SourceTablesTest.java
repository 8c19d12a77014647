package org.planlineage.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planlineage.support.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The five target tables in the graph, checked against the source texts: how many rows each has, and a sample of
 * rows from every table read cell by cell from {@code graph-seed/sources/*.txt} (not from {@code graph-seed/}),
 * including rows that a page break cuts in two. Cells broken over several lines are written with single spaces, as
 * the seed's rules say; everything else is as printed, oddities included.
 */
@SeededGraphTest
class SourceTablesTest {

    static final String T3100 = "3100-qd-ubnd-2023";
    static final String T206 = "206-qd-ubnd-2024";
    static final String T31 = "31-kh-skhcn-2025";
    static final String T2026 = "kh-vpubnd-2025-cds-2026";

    @Autowired
    Neo4jClient client;

    // ---- row counts -------------------------------------------------------------------------------------------

    @Test
    void theAppendixOf3100HasOneHundredTwentyTwoNumberedRows() {
        assertThat(refs(T3100)).containsExactlyInAnyOrderElementsOf(numbers(1, 122));
    }

    @Test
    void theAppendixOf206HasOneHundredFortySixNumberedRowsAndOneUnnumbered() {
        var rows = client.query("""
                MATCH (p:PlanItem)-[:SET_IN]->(:Document {key: $doc})
                RETURN p.ref AS ref, p.number AS number""").bind(T206).to("doc").fetch().all();
        assertThat(rows).hasSize(147);
        assertThat(rows.stream().filter(r -> r.get("number") != null).map(r -> (String) r.get("ref")))
                .containsExactlyInAnyOrderElementsOf(numbers(1, 146));
        // the row printed without a number between 111 and 112 (002, line 149)
        assertThat(rows.stream().filter(r -> r.get("number") == null).map(r -> (String) r.get("ref")))
                .containsExactly("after-111");
    }

    @Test
    void theAppendixOf31HasSeventyRows() {
        assertThat(refs(T31)).containsExactlyInAnyOrderElementsOf(numbers(1, 70));
    }

    @Test
    void theOfficePlanFor2026HasTwentyTwoTargetRowsAndSixBudgetLines() {
        var rows = client.query("""
                MATCH (p:PlanItem)-[:SET_IN]->(:Document {key: $doc})
                RETURN p.ref AS ref, p.kind AS kind""").bind(T2026).to("doc").fetch().all();
        assertThat(rows).hasSize(28);
        assertThat(rows.stream()
                        .filter(r -> "BUDGET_LINE".equals(r.get("kind")))
                        .map(r -> (String) r.get("ref")))
                .containsExactlyInAnyOrder("pl1-1", "pl1-2", "pl1-3", "pl1-4", "pl1-5", "pl1-6");
        assertThat(rows.stream()
                        .filter(r -> !"BUDGET_LINE".equals(r.get("kind")))
                        .map(r -> (String) r.get("ref")))
                .containsExactlyInAnyOrderElementsOf(numbers(1, 22));
    }

    @Test
    void theSixBudgetLinesOf2026AddUpToTheTotalRowOfTheSource() {
        // 001, line 1218: "Tổng cộng 0 7.300" (Triệu đồng; "." groups thousands)
        String totalRow =
                SourceTexts.lines("001_cb860d839e339891.txt").get(1218 - 1).strip();
        assertThat(totalRow).isEqualTo("Tổng cộng 0 7.300");
        double printedTotal = Double.parseDouble(
                totalRow.substring(totalRow.lastIndexOf(' ') + 1).replace(".", ""));
        assertThat(printedTotal).isEqualTo(7300.0);

        var budget = client.query("""
                MATCH (p:PlanItem {kind: 'BUDGET_LINE'})-[:SET_IN]->(:Document {key: $doc})
                MATCH (p)-[:HAS_TARGET]->(t:Target {year: 2026})
                RETURN count(t) AS lines, sum(t.value) AS total, collect(DISTINCT t.unit) AS units""").bind(T2026).to("doc").fetch().one().orElseThrow();
        assertThat(budget.get("lines")).isEqualTo(6L);
        assertThat(budget.get("total")).isEqualTo(printedTotal);
        assertThat((List<Object>) budget.get("units")).containsExactly("MILLION_VND");
    }

    // ---- rows, cell by cell -----------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampledRows")
    void aSampledRowReadsAsInTheSource(Sample sample) {
        assertThat(cells(sample.key())).as(sample.label()).isEqualTo(sample.cells());
    }

    static Stream<Sample> sampledRows() {
        return Stream.of(rows3100(), rows206(), rows31(), rows2026()).flatMap(s -> s);
    }

    /** 000, Phụ lục of 3100/QĐ-UBND: targets 2023, 2024, 2025; Cơ quan chủ trì; Cơ quan phối hợp. */
    static Stream<Sample> rows3100() {
        return Stream.of(
                row(
                        "3100 row 1 (000 lines 719-745)",
                        T3100,
                        "1",
                        "Duy trì tỷ lệ dịch vụ công trực tuyến toàn trình đủ điều kiện theo quy định",
                        years(2023, "100%", 2024, "100%", 2025, "100%"),
                        years(),
                        "Văn phòng HĐND&UBND TPVL",
                        "Các ban, ngành thành phố và UBND 11 phường"),
                row(
                        "3100 row 5, '>80%' in 2025 (000 lines 861-888)",
                        T3100,
                        "5",
                        "Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến, người dân chỉ phải nhập dữ "
                                + "liệu một lần",
                        years(2023, "80%", 2024, "80%", 2025, ">80%"),
                        years(),
                        "Văn phòng HĐND&UBND TPVL",
                        "Các ban, ngành thành phố và UBND 11 phường"),
                row(
                        "3100 row 6, cut by the page break at line 901 in text, lead and cooperating cells",
                        T3100,
                        "6",
                        "Tỷ lệ người dân, doanh nghiệp tối thiểu hài lòng về việc giải quyết thủ tục hành chính",
                        years(2023, "95%", 2024, "95%", 2025, ">95%"),
                        years(),
                        "Các ban, ngành thành phố và UBND 11 phường",
                        "Phòng Nội vụ TPVL, Văn Phòng HĐND&UBND TPVL"),
                row(
                        "3100 row 7, 'Văn Phòng HĐND&UBND TPVL', the cut 'UBN' / 'D' at line 950 rejoined (000 lines 934-964)",
                        T3100,
                        "7",
                        "Tỷ lệ dịch vụ công mới của cơ quan Nhà nước có sự tham gia cung cấp của doanh nghiệp hoặc "
                                + "tổ chức ngoài Nhà nước",
                        years(2023, "30%", 2024, "40%", 2025, ">50%"),
                        years(),
                        "Các ban, ngành thành phố và UBND 11 phường",
                        "Văn Phòng HĐND&UBND TPVL"),
                row(
                        "3100 row 9, cut by the page break at line 1026 (000 lines 999-1045)",
                        T3100,
                        "9",
                        "Tỷ lệ hoạt động chỉ đạo, điều hành và quản trị nội bộ của cơ quan Nhà nước được thực hiện "
                                + "trên nền tảng quản trị tổng thể, thống nhất",
                        years(2023, "90%", 2024, "95%", 2025, "100%"),
                        years(),
                        "Các ban, ngành thành phố và UBND 11 phường",
                        "Phòng Văn hóa và Thông tin TPVL"),
                row(
                        "3100 row 12, cut by the page break at line 1137 (000 lines 1109-1153)",
                        T3100,
                        "12",
                        "Tỷ lệ xử lý hồ sơ công việc được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc "
                                + "phạm vi bí mật Nhà nước) tại phường",
                        years(2023, "40%", 2024, "50%", 2025, "60%"),
                        years(),
                        "UBND 11 phường",
                        "Văn phòng HĐND&UBND TPVL"),
                row(
                        "3100 row 27, '> 50%' with a space as printed (000 line 1702)",
                        T3100,
                        "27",
                        "Tỷ lệ hoạt động giám sát, kiểm tra của cơ quan quản lý được thực hiện thông qua môi trường "
                                + "số và hệ thống thông tin của cơ quan quản lý",
                        years(2023, "20%", 2024, "30%", 2025, "> 50%"),
                        years(),
                        "Thanh tra TPVL",
                        "Các ban, ngành thành phố và UBND 11 phường"),
                row(
                        "3100 row 28, no 2023 target (000 lines 1739-1781)",
                        T3100,
                        "28",
                        "Năm 2024, chọn thí điểm 02 phường thực hiện chuyển đổi số. Đến năm 2025, có 50% phường "
                                + "thực hiện chuyển đổi số",
                        years(2024, "02 phường", 2025, ">50% đơn vị phường thực hiện chuyển đổi số"),
                        years(),
                        "Phòng Văn hóa và Thông tin TPVL",
                        "UBND 11 phường"),
                row(
                        "3100 row 29, values with 'Trong đó chọn' (000 lines 1783-1834)",
                        T3100,
                        "29",
                        "Tỷ lệ triển khai thí điểm, thử nghiệm công tác truyền thông, phổ biến các kỹ năng số cơ bản "
                                + "cho người dân, doanh nghiệp bao gồm các kỹ năng cơ bản như truy cập và sử dụng "
                                + "Internet, thư điện tử, mua bán trực tuyến, thanh toán điện tử, dịch vụ công trực "
                                + "tuyến và đảm bảo an toàn thông tin cá nhân",
                        years(
                                2023,
                                "50% đơn vị; Trong đó chọn 05 phường",
                                2024,
                                "70% đơn vị. Trong đó chọn 08 phường",
                                2025,
                                "100%"),
                        years(),
                        "Các ban, ngành thành phố và UBND 11 phường",
                        "Phòng Văn hóa và Thông tin TPVL"),
                row(
                        "3100 row 38, counts of wards (000 lines 2145-2173)",
                        T3100,
                        "38",
                        "Tỷ lệ phường có bảng tin điện tử công cộng để phổ biến thông tin thiết yếu đến người dân",
                        years(2023, "04 phường", 2024, "07 phường", 2025, "11 phường"),
                        years(),
                        "UBND 11 phường",
                        "Phòng Văn hóa và Thông tin TPVL"),
                row(
                        "3100 row 46, '30% đơn vị cấp phường' (000 lines 2403-2437)",
                        T3100,
                        "46",
                        "Tỷ lệ đơn vị cấp phường sử dụng phổ biến công nghệ trí tuệ nhân tạo (AI) kết hợp với công "
                                + "nghệ xử lý dữ liệu lớn (Big Data) trong sản xuất nội dung chương trình phát thanh; "
                                + "chuyển đổi nội dung văn bản sang giọng nói",
                        years(2023, "30% đơn vị cấp phường", 2024, "70% đơn vị cấp phường", 2025, "100%"),
                        years(),
                        "UBND 11 phường",
                        "Phòng Văn hóa và Thông tin TPVL"),
                row(
                        "3100 row 56, cut by the page break at line 2744 in text and cooperating cells",
                        T3100,
                        "56",
                        "Tỷ lệ người dân, doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính về cư trú, hộ "
                                + "tịch, xuất nhập cảnh, cấp Căn cước công dân",
                        years(2023, "90%", 2024, "95%", 2025, "100%"),
                        years(),
                        "Công an TPVL",
                        "Phòng Tư pháp, UBND 11 phường"),
                row(
                        "3100 row 68, 'Thường xuyên', cut by the page break at line 3154",
                        T3100,
                        "68",
                        "Thúc đẩy nghiên cứu, phát triển, ứng dụng các công nghệ số mới như trí tuệ nhân tạo, công "
                                + "nghệ bản sao số, chuỗi khối, thực tế ảo/thực tế tăng cường, dữ liệu lớn, kết hợp "
                                + "với các công nghệ mở, mã nguồn mở để phát triển các nền tảng số quốc gia, nền tảng "
                                + "số ngành phục vụ phát triển kinh tế số và xã hội số trên địa bàn thành phố",
                        years(2023, "Thường xuyên", 2024, "Thường xuyên", 2025, "Thường xuyên"),
                        years(),
                        "Các ban, ngành thành phố và UBND 11 phường",
                        "Phòng Văn hóa và Thông tin TPVL"),
                row(
                        "3100 row 71, cut by the page break at line 3290 in text and cooperating cells",
                        T3100,
                        "71",
                        "Tổ chức các Tổ công nghệ số cộng đồng hỗ trợ triển khai chính quyền số, kinh tế số và xã "
                                + "hội số đến từng khóm với nòng cốt là đơn vị chuyên trách về công nghệ thông tin, "
                                + "có sự tham gia của Đoàn Thanh niên, Hội Nông dân, Hội Liên hiệp Phụ nữ và đại diện "
                                + "các doanh nghiệp bưu chính, viễn thông, công nghệ thông tin tại mỗi địa phương",
                        years(2023, "Thường xuyên", 2024, "Thường xuyên", 2025, "Thường xuyên"),
                        years(),
                        "UBND 11 phường",
                        "Phòng Văn hóa và Thông tin TPVL, các ban, ngành thành phố, UBND 11 phường, Thành đoàn và "
                                + "đại diện các doanh nghiệp bưu chính, viễn thông, công nghệ thông tin"),
                row(
                        "3100 row 105, cut by the page break at line 4668 in text, lead and cooperating cells",
                        T3100,
                        "105",
                        "Tăng tỷ lệ người dân ở độ tuổi lao động có khả năng tiếp cận cơ hội việc làm, tiếp cận các "
                                + "khóa học kỹ năng trực tuyến được cá nhân hóa cho đối tượng người học và mở rộng ra "
                                + "toàn xã hội, bao gồm cả những khóa học cơ bản, góp phần nâng cao kỹ năng số của xã "
                                + "hội, xóa mù công nghệ số cho người dân",
                        years(2023, "50%", 2024, "60%", 2025, "70%"),
                        years(),
                        "Phòng Lao động - Thương binh và Xã hội TPVL",
                        "Các ban, ngành thành phố, UBND 11 phường"),
                row(
                        "3100 row 115, 'Phòng Lao động, Thương binh và Xã hội TPVL' (000 lines 5048-5105)",
                        T3100,
                        "115",
                        "Định kỳ hàng năm, dự báo về nhu cầu thị trường nhân lực và tương lai nghề nghiệp trong lĩnh "
                                + "vực công nghệ thông tin, điện tử - viễn thông, an toàn thông tin mạng trên địa bàn "
                                + "thành phố để có giải pháp đào tạo phù hợp; cập nhật xu thế, giới thiệu một số "
                                + "ngành, nghề mới yêu cầu các kỹ năng mới",
                        sameEveryYear("Hoàn thành các mục tiêu của Kế hoạch"),
                        years(),
                        "Phòng Lao động, Thương binh và Xã hội TPVL",
                        "Các ban, ngành thành phố, các doanh nghiệp"),
                row(
                        "3100 row 120, cooperating 'UBND 11' without 'phường' as printed (000 lines 5350-5405)",
                        T3100,
                        "120",
                        "Hiện đại hóa mạng lưới và dịch vụ bưu chính, dịch vụ chuyển phát theo hướng bưu chính sẽ "
                                + "phát triển thành hạ tầng cho thương mại điện tử, logistics",
                        sameEveryYear("Hoàn thành các mục tiêu của Kế hoạch"),
                        years(),
                        "Phòng Văn hóa và Thông tin TPVL, các doanh nghiệp bưu chính chuyển phát",
                        "Các ban, ngành thành phố và UBND 11"),
                row(
                        "3100 row 121, cut by the page break at line 5451 in text and all three targets",
                        T3100,
                        "121",
                        "Phát triển hạ tầng Internet vạn vật (IoT) phục vụ các ứng dụng nghiệp vụ, chuyên ngành "
                                + "trong phát triển chính quyền số gắn kết với phát triển đô thị thông minh trên địa "
                                + "bàn thành phố, ưu tiên hình thức thuê dịch vụ chuyên nghiệp, bảo đảm triển khai "
                                + "hiệu quả, tránh chồng chéo, tận dụng có hiệu quả, kết hợp tối đa với hạ tầng của "
                                + "các tổ chức, cá nhân đã đầu tư",
                        sameEveryYear("Hoàn thành các mục tiêu của Kế hoạch"),
                        years(),
                        "Phòng Văn hóa và Thông tin TPVL",
                        "Các ban, ngành thành phố và UBND 11 phường"),
                row(
                        "3100 row 122, the last row (000 lines 5483-5546)",
                        T3100,
                        "122",
                        "Thực hiện chuyển đổi số trong lĩnh vực Quy hoạch đô thị và quản lý đô thị thông minh theo "
                                + "Quyết định số 950/QĐ-TTg, ngày 01/8/2018 của Thủ tướng về phê duyệt Đề án phát "
                                + "triển đô thị thông minh bền vững Việt Nam giai đoạn 2018-2025 và định hướng đến "
                                + "năm 2030 của Thủ tướng Chính phủ. Trong đó, các lĩnh vực cần ưu tiên: Ứng dụng hệ "
                                + "thống thông tin địa lý (GIS) trong quy hoạch và quản lý thực hiện quy hoạch; Công "
                                + "bố công khai quy hoạch; Ứng dụng GIS trong quản lý cấp nước, vệ sinh môi trường "
                                + "đô thị; Cấp phép xây dựng thông minh;...",
                        sameEveryYear("Hoàn thành các mục tiêu của Kế hoạch"),
                        years(),
                        "Phòng Quản lý đô thị TPVL",
                        "Các ban, ngành thành phố và UBND 11 phường"));
    }

    /** 002, Phụ lục 2 of 206/QĐ-UBND (tab-separated): target 2024; Cơ quan chủ trì; Cơ quan phối hợp. */
    static Stream<Sample> rows206() {
        return Stream.of(
                row(
                        "206 row 1, same unit leading and cooperating (002 line 9)",
                        T206,
                        "1",
                        "Duy trì tỷ lệ dịch vụ công trực tuyến toàn trình theo quy định",
                        years(2024, "100%"),
                        years(),
                        "Văn phòng UBND tỉnh",
                        "Văn phòng UBND tỉnh"),
                row(
                        "206 row 6 (002 line 14)",
                        T206,
                        "6",
                        "Tỷ lệ người dân, doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính",
                        years(2024, ">90%"),
                        years(),
                        "Các sở, ban, ngành tỉnh, UBND cấp huyện, UBND cấp xã",
                        "Văn phòng UBND tỉnh"),
                row(
                        "206 row 29, target cell cut by the page break at line 43",
                        T206,
                        "29",
                        "Năm 2023, chọn thí điểm tối thiểu 01 sở, ngành và tối thiểu 01 UBND cấp xã. Đến năm 2025, "
                                + "có 50% đơn vị cấp tỉnh, huyện, xã thực hiện chuyển đổi số",
                        years(
                                2024,
                                "25% đơn vị, trong đó: + cấp tỉnh: Sở Văn hóa, TT&DL, Sở Công Thương, Sở NN& "
                                        + "PTNT, Sở Nội vụ, Sở GD&ĐT + cấp huyện: UBND tp Vĩnh Long, UBND tx Bình Minh + cấp "
                                        + "xã: mỗi huyện, thị xã, thành phố chọn 25% đơn vị"),
                        years(),
                        "Sở Thông tin và Truyền thông",
                        "Các sở, ban, ngành, UBND cấp huyện, UBND cấp xã"),
                row(
                        "206 row 35, '02 chuyên gia' (002 line 52)",
                        T206,
                        "35",
                        "Đào tạo được tối thiểu 02 chuyên gia chuyển đổi số của tỉnh để trở thành lực lượng nòng cốt "
                                + "dẫn dắt, tổ chức và lan tỏa tiến trình chuyển đổi số của tỉnh",
                        years(2024, "02 chuyên gia"),
                        years(),
                        "Sở Thông tin và Truyền thông",
                        "Các sở, ban, ngành tỉnh, UBND cấp huyện, UBND cấp xã"),
                row(
                        "206 row 42 (002 line 61)",
                        T206,
                        "42",
                        "Tỷ lệ đài truyền thanh cấp xã có dây/không dây FM chuyển đổi sang truyền thanh ứng dụng công "
                                + "nghệ thông tin - viễn thông",
                        years(2024, "mỗi huyện, tx, tp chọn 70% đơn vị cấp xã"),
                        years(),
                        "UBND cấp xã",
                        "Sở Thông tin và Truyền thông, UBND cấp huyện"),
                row(
                        "206 row 62, no cooperating unit (002 line 85)",
                        T206,
                        "62",
                        "Tuyên truyền, phổ biến về các nguy cơ mất an toàn thông tin và các kỹ năng cơ bản bảo đảm an "
                                + "toàn thông tin trên không gian mạng sinh viên trên địa bàn tỉnh.",
                        years(2024, "80%"),
                        years(),
                        "Trường đại học, cao đẳng",
                        null),
                row(
                        "206 row 82, '>35 sản phẩm' (002 line 110)",
                        T206,
                        "82",
                        "Số lượng sản phẩm, hàng hóa ứng dụng các công nghệ số truy xuất nguồn gốc, đáp ứng tiêu chuẩn "
                                + "quốc gia, quốc tế nhằm tăng năng lực cạnh tranh, thúc đẩy tiêu thụ các mặt hàng "
                                + "chủ lực của tỉnh",
                        years(2024, ">35 sản phẩm"),
                        years(),
                        "Sở Khoa học và Công nghệ; Sở Nông nghiệp và PTNT",
                        "Các sở, ban, ngành, UBND cấp huyện, UBND cấp xã"),
                row(
                        "206 row 96, '20% 40%' as printed (002 line 128)",
                        T206,
                        "96",
                        "Tỷ lệ thanh toán không dùng tiền mặt trong thương mại điện tử; trong đó, có số thanh toán "
                                + "thực hiện qua các tổ chức cung ứng dịch vụ trung gian thanh toán",
                        years(2024, "20% 40%"),
                        years(),
                        "NHNNVN CN Vĩnh Long; các ngân hàng thương mại trên địa bàn",
                        "Sở Công Thương"),
                row(
                        "206 row 97, no cooperating unit (002 line 129)",
                        T206,
                        "97",
                        "Tỷ lệ các giao dịch mua hàng trên website/ứng dụng thương mại điện tử có hóa đơn điện tử",
                        years(2024, "30%"),
                        years(),
                        "Cục Thuế tỉnh",
                        null),
                row(
                        "206 row 100, 'Phần đầu' as printed and three values (002 line 134)",
                        T206,
                        "100",
                        "Phần đầu thu hút cá nhân, cơ sở, doanh nghiệp trong và ngoài tỉnh tham gia Sàn giao dịch "
                                + "thương mại điện tử ngành Công Thương",
                        years(2024, "300 cá nhân, cơ sở, doanh nghiệp; 600 sản phẩm; 100 giao dịch"),
                        years(),
                        "Các sở, ban, ngành tỉnh, UBND cấp huyện",
                        "Sở Công Thương"),
                row(
                        "206 row 103, '03' (002 line 137)",
                        T206,
                        "103",
                        "Số lượng doanh nghiệp công nghệ số trong tất cả các ngành, nghề, mọi lĩnh vực.",
                        years(2024, "03"),
                        years(),
                        "Sở Kế hoạch và Đầu tư",
                        "Sở Thông tin và Truyền thông, các doanh nghiệp công nghệ số"),
                row(
                        "206 unnumbered row after 111 (002 line 149)",
                        T206,
                        "after-111",
                        "Tỷ lệ đơn vị cấp xã được phủ hạ tầng mạng băng rộng cáp quang",
                        years(2024, "100%"),
                        years(),
                        "UBND cấp huyện, UBND cấp xã, các doanh nghiệp viễn thông",
                        "Sở Thông tin và Truyền thông"),
                row(
                        "206 row 121, a scope in parentheses (002 line 161)",
                        T206,
                        "121",
                        "Tỷ lệ hộ gia đình có địa chỉ số",
                        years(2024, "100% (hộ gia đình xã nông thôn mới nâng cao)"),
                        years(),
                        "UBND cấp huyện, UBND cấp xã, các doanh nghiệp viễn thông",
                        "Sở Thông tin và Truyền thông"),
                row(
                        "206 row 133, two units run together in the lead cell as printed (002 line 177)",
                        T206,
                        "133",
                        "Tỷ lệ thư viện trường Trung học phổ thông, cơ sở giáo dục nghề nghiệp và các cơ sở giáo dục "
                                + "khác trên địa bàn tỉnh có trang thông tin điện tử có khả năng cung cấp dịch vụ trực "
                                + "tuyến trên nhiều phương tiện truy cập (trừ các dịch vụ thuộc phạm vi bí mật nhà "
                                + "nước và dịch vụ độc hạn chế).",
                        years(2024, "15%"),
                        years(),
                        "Các trường Trung học phổ thông, cơ sở giáo dục nghề nghiệp và các cơ sở giáo dục trên địa "
                                + "bàn tỉnh Sở Giáo dục và Đào tạo",
                        "Sở Giáo dục và đào tạo"),
                row(
                        "206 row 146, the last row (002 line 192)",
                        T206,
                        "146",
                        "Thực hiện chuyển đổi số trong lĩnh vực Quy hoạch đô thị và quản lý đô thị thông minh theo "
                                + "Quyết định số 950/QĐ-TTg, ngày 01/8/2018 của Thủ tướng về phê duyệt Đề án phát "
                                + "triển đô thị thông minh bền vững Việt Nam giai đoạn 2018-2025 và định hướng đến "
                                + "năm 2030 của Thủ tướng Chính phủ. Trong đó, các lĩnh vực cần ưu tiên: Ứng dụng hệ "
                                + "thống thông tin địa lý (GIS) trong quy hoạch và quản lý thực hiện quy hoạch; Công "
                                + "bố công khai quy hoạch; Ứng dụng GIS trong quản lý cấp nước, vệ sinh môi trường "
                                + "đô thị; Cấp phép xây dựng thông minh; ...",
                        years(2024, "Hoàn thành các mục tiêu của Kế hoạch"),
                        years(),
                        "Sở Xây dựng",
                        "Sở, ban, ngành, UBND cấp huyện, UBND cấp xã"));
    }

    /** 004, Phụ lục of 31/KH-SKHCN: result 2024; target 2025; Cơ quan chủ trì; Cơ quan phối hợp. */
    static Stream<Sample> rows31() {
        return Stream.of(
                row(
                        "31 row 1, a new indicator without a 2024 result (004 lines 25-33)",
                        T31,
                        "1",
                        "Tỷ lệ kinh tế số trong GRDP",
                        years(2025, "10%"),
                        years(),
                        "Cục Thống kê",
                        "Các sở, ban, ngành, và địa phương"),
                row(
                        "31 row 3, a lead cell over three lines (004 lines 43-54)",
                        T31,
                        "3",
                        "Tỷ lệ sản phẩm OCOP được đưa trên các sàn thương mại điện tử nội địa",
                        years(2025, "100%"),
                        years(2024, "100%"),
                        "Sở Công Thương; Sở Nông nghiệp và Môi trường - theo chức năng, nhiệm vụ được giao",
                        "Các sở, ban, ngành, và địa phương, các doanh nghiệp trên địa bàn tỉnh"),
                row(
                        "31 row 19, '20% 40%' on two lines (004 lines 195-205)",
                        T31,
                        "19",
                        "Tỷ lệ thanh toán không dùng tiền mặt trong thương mại điện tử; trong đó có số thanh toán thực "
                                + "hiện qua các tổ chức cung ứng dịch vụ trung gian thanh toán",
                        years(2025, "20% 40%"),
                        years(),
                        "Cục Thống kê tỉnh",
                        "Sở Công Thương, NHNNVN CN khu vực 14; các ngân hàng thương mại trên địa bàn"),
                row(
                        "31 row 20, no cooperating unit (004 lines 207-213)",
                        T31,
                        "20",
                        "Tỷ lệ các giao dịch mua hàng trên website/ứng dụng thương mại điện tử có hóa đơn điện tử",
                        years(2025, "30%"),
                        years(2024, "72%"),
                        "Chi cục Thuế khu vực XVII",
                        null),
                row(
                        "31 row 26, '03' beside a prose result (004 lines 255-263)",
                        T31,
                        "26",
                        "Số lượng doanh nghiệp công nghệ số trong tất cả các ngành, nghề, mọi lĩnh vực.",
                        years(2025, "03"),
                        years(
                                2024,
                                "Trong năm có trên 3 doanh nghiệp công nghệ số trong tất cả các ngành, nghề, mọi "
                                        + "lĩnh vực đăng ký thành lập. Đạt mục tiêu đề ra."),
                        "Sở Tài chính",
                        "Sở Khoa học và Công nghệ, các doanh nghiệp công nghệ số"),
                row(
                        "31 row 32, 'Thường xuyên' (004 lines 341-348)",
                        T31,
                        "32",
                        "Hợp tác với các tổ chức, doanh nghiệp trong nước và ngoài nước trong việc thu hút nguồn lực, "
                                + "tri thức, chuyển giao công nghệ số vào tỉnh phù hợp với nội dung Chiến lược",
                        years(2025, "Thường xuyên"),
                        years(2024, "Thường xuyên thực hiện"),
                        "Sở Tài chính",
                        "Các sở, ban, ngành, và địa phương; các doanh nghiệp"),
                row(
                        "31 row 34, a decimal comma in the result (004 lines 367-375)",
                        T31,
                        "34",
                        "Tỷ lệ hộ gia đình có khả năng truy cập Internet cáp quang băng rộng",
                        years(2025, "84%"),
                        years(2024, "80,69%"),
                        "các doanh nghiệp viễn thông và các đơn vị có liên quan",
                        "Sở Khoa học và Công nghệ"),
                row(
                        "31 row 45, a scope in parentheses (004 lines 477-485)",
                        T31,
                        "45",
                        "Tỷ lệ hộ gia đình có địa chỉ số",
                        years(2025, "100% (hộ gia đình xã nông thôn mới nâng cao)"),
                        years(),
                        "các doanh nghiệp viễn thông và các địa phương trên địa bàn tỉnh",
                        "Sở Khoa học và Công nghệ"),
                row(
                        "31 row 70, the last row (004 lines 689-694)",
                        T31,
                        "70",
                        "Thực hiện chuyển đổi số trong lĩnh vực Quy hoạch đô thị và quản lý đô thị thông minh theo "
                                + "Quyết định số 950/QĐ-TTg, ngày 01/8/2018 của Thủ tướng về phê duyệt Đề án phát "
                                + "triển đô thị thông minh bền vững Việt Nam giai đoạn 2018-2025 và định hướng đến "
                                + "năm 2030 của Thủ tướng Chính phủ. Trong đó, các lĩnh vực cần ưu tiên: Ứng dụng hệ "
                                + "thống thông tin địa lý (GIS) trong quy hoạch và quản lý thực hiện quy hoạch; Công "
                                + "bố công khai quy hoạch; Ứng dụng GIS trong quản lý cấp nước, vệ sinh môi trường "
                                + "đô thị; Cấp phép xây dựng thông minh; ...",
                        years(2025, "Hoàn thành các mục tiêu của Kế hoạch"),
                        years(2024, "Đang thực hiện"),
                        "Sở Xây dựng",
                        "Các sở, ban, ngành và địa phương"));
    }

    /** 001, the 2026 office plan: Phụ lục 1 (budget, Triệu đồng: 2025 spent, 2026 estimate) and Phụ lục 2. */
    static Stream<Sample> rows2026() {
        return Stream.of(
                row(
                        "2026 budget line 1 (001 lines 1178-1186)",
                        T2026,
                        "pl1-1",
                        "Rà soát, nâng cấp hoàn thiện Cổng thông tin điện tử của tỉnh, đảm bảo thống nhất đầu mối "
                                + "quản lý Cổng thông tin điện tử của tỉnh",
                        years(2026, "2.000"),
                        years(2025, "0"),
                        null,
                        null),
                row(
                        "2026 budget line 2 (001 lines 1188-1192)",
                        T2026,
                        "pl1-2",
                        "Nâng cấp hoàn thiện Hệ thống thông tin báo cáo của tỉnh",
                        years(2026, "2.000"),
                        years(2025, "0"),
                        null,
                        null),
                row(
                        "2026 budget line 3 (001 lines 1194-1202)",
                        T2026,
                        "pl1-3",
                        "Nâng cấp Tổng đài tiếp nhận xử lý phản ánh kiến nghị của công dân (Tổng đài 1022) của UBND "
                                + "tỉnh",
                        years(2026, "1.000"),
                        years(2025, "0"),
                        null,
                        null),
                row(
                        "2026 budget line 4 (001 lines 1204-1208)",
                        T2026,
                        "pl1-4",
                        "Nâng cấp Hệ thống thông tin Họp không giấy",
                        years(2026, "1.000"),
                        years(2025, "0"),
                        null,
                        null),
                row(
                        "2026 budget line 5, all on one line (001 line 1210)",
                        T2026,
                        "pl1-5",
                        "Nâng cấp Công báo",
                        years(2026, "500"),
                        years(2025, "0"),
                        null,
                        null),
                row(
                        "2026 budget line 6 (001 lines 1212-1216)",
                        T2026,
                        "pl1-6",
                        "Mua sắm thiết bị hệ thống mạng LAN tại Văn phòng UBND tỉnh",
                        years(2026, "800"),
                        years(2025, "0"),
                        null,
                        null),
                row(
                        "2026 target row 1 (001 lines 1247-1264)",
                        T2026,
                        "1",
                        "Tỷ lệ TTHC được thực hiện không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh trên "
                                + "địa bàn tỉnh Vĩnh Long",
                        years(2026, "100%"),
                        years(),
                        "Trung tâm PVHCC",
                        "Các đơn vị liên quan"),
                row(
                        "2026 target row 2, '>80%' (001 lines 1267-1282)",
                        T2026,
                        "2",
                        "Tỷ lệ hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến, người dân chỉ phải nhập dữ "
                                + "liệu một lần",
                        years(2026, ">80%"),
                        years(),
                        "Trung tâm PVHCC",
                        "Các đơn vị liên quan"),
                row(
                        "2026 target row 6 (001 lines 1346-1374)",
                        T2026,
                        "6",
                        "Tỷ lệ văn bản trao đổi giữa các cơ quan nhà nước được thực hiện dưới dạng điện tử, được ký số "
                                + "bởi chữ ký số chuyên dùng, trừ văn bản mật theo quy định của pháp luật",
                        years(2026, "100%"),
                        years(),
                        "Phòng Hành chính – Quản trị",
                        "Trung tâm Thông tin điều hành và các đơn vị liên quan"),
                row(
                        "2026 target row 10, its cells interleaved on line 1437",
                        T2026,
                        "10",
                        "Tỷ lệ chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh tế - xã "
                                + "hội phục vụ sự chỉ đạo, điều hành của UBND tỉnh, Chủ tịch UBND tỉnh được kết nối, "
                                + "tích hợp, chia sẻ dữ liệu số trên Hệ thống thông tin báo cáo Chính phủ đồng thời "
                                + "đảm bảo thực hiện kết nối đồng bộ và liên tục phục vụ chia sẻ dữ liệu với kho dữ "
                                + "liệu của tỉnh",
                        years(2026, "100%"),
                        years(),
                        "Trung tâm Thông tin điều hành",
                        "Các đơn vị liên quan"),
                row(
                        "2026 target row 11, two lead units (001 lines 1464-1483)",
                        T2026,
                        "11",
                        "Tỷ lệ công tác báo cáo được thực hiện thông qua hệ thống thông tin báo cáo quốc gia",
                        years(2026, "100%"),
                        years(),
                        "Trung tâm Thông tin điều hành; Phòng Tổng hợp",
                        "Các đơn vị liên quan"),
                row(
                        "2026 target row 20 (001 lines 1670-1690)",
                        T2026,
                        "20",
                        "Tỷ lệ Cổng/trang thông tin điện tử các sở, ban, ngành tỉnh và cấp xã được tích hợp, kết nối "
                                + "lên Cổng thông tin điện tử của tỉnh",
                        years(2026, "100%"),
                        years(),
                        "Trung tâm Thông tin điều hành",
                        "Các đơn vị liên quan"),
                row(
                        "2026 target row 22, 'Thường xuyên', the last row (001 lines 1716-1746)",
                        T2026,
                        "22",
                        "Bồi dưỡng, tập huấn cho cán bộ, công chức, viên chức về chuyển đổi số, phát triển chính quyền "
                                + "số, kinh tế số và xã hội số, trong đó đặc biệt chú trọng tới bồi dưỡng, tập huấn kỹ "
                                + "năng phân tích, khai thác dữ liệu để ra quyết định, hoạch định chính sách và bảo "
                                + "đảm an toàn thông tin mạng",
                        years(2026, "Thường xuyên"),
                        years(),
                        "Trung tâm Thông tin điều hành",
                        "Các đơn vị liên quan"));
    }

    // ---- the legal-basis column of 3100 ----------------------------------------------------------------------

    @Test
    void theLegalBasisCellOf3100Row1NamesBothPlansAndLinksToThem() {
        assertLegalBasis(
                "1",
                "Quyết định số 742/QĐ-UBND ngày 06/4/2023 của UBND tỉnh Vĩnh Long; Kế hoạch số "
                        + "147-KH/TU ngày 14/3/2023 của Thành ủy Vĩnh Long",
                "742-qd-ubnd-2023",
                "147-kh-tu-2023");
    }

    @Test
    void theLegalBasisCellOf3100Row12EndsAfterThePageBreakWithLong() {
        // 000 lines 1126-1136, then "Long." at line 1153 after the repeated header
        assertLegalBasis(
                "12",
                "Quyết định số 742/QĐ-UBND ngày 06/4/2023 của UBND tỉnh Vĩnh Long; Kế hoạch số "
                        + "147-KH/TU ngày 14/3/2023 của Thành ủy Vĩnh Long.",
                "742-qd-ubnd-2023",
                "147-kh-tu-2023");
    }

    @Test
    void theLegalBasisCellOf3100Row56NamesOnly742() {
        assertLegalBasis("56", "Quyết định số 742/QĐ-UBND ngày 06/4/2023 của UBND tỉnh Vĩnh Long", "742-qd-ubnd-2023");
    }

    private void assertLegalBasis(String ref, String raw, String... documents) {
        var row = client.query("""
                MATCH (p:PlanItem {key: $key})
                OPTIONAL MATCH (p)-[:LEGAL_BASIS]->(d:Document)
                RETURN p.legalBasisRaw AS raw, collect(d.key) AS docs""")
                .bind(T3100 + ":" + ref)
                .to("key")
                .fetch()
                .one()
                .orElseThrow();
        assertThat(row.get("raw")).isEqualTo(raw);
        assertThat((List<Object>) row.get("docs")).containsExactlyInAnyOrder((Object[]) documents);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** What a row says: its text, its target and result cells by year, and its lead and cooperating cells. */
    record Cells(
            String text,
            Map<Integer, String> targets,
            Map<Integer, String> results,
            String leadRaw,
            String cooperatingRaw) {}

    record Sample(String label, String key, Cells cells) {
        @Override
        public String toString() {
            return label;
        }
    }

    static Sample row(
            String label,
            String document,
            String ref,
            String text,
            Map<Integer, String> targets,
            Map<Integer, String> results,
            String lead,
            String cooperating) {
        return new Sample(label, document + ":" + ref, new Cells(text, targets, results, lead, cooperating));
    }

    static Map<Integer, String> years(Object... yearsAndCells) {
        var map = new TreeMap<Integer, String>();
        for (int i = 0; i < yearsAndCells.length; i += 2) {
            map.put((Integer) yearsAndCells[i], (String) yearsAndCells[i + 1]);
        }
        return map;
    }

    static Map<Integer, String> sameEveryYear(String cell) {
        return years(2023, cell, 2024, cell, 2025, cell);
    }

    private Cells cells(String key) {
        var row = client.query("""
                MATCH (p:PlanItem {key: $key})
                OPTIONAL MATCH (p)-[:HAS_TARGET]->(t:Target)
                WITH p, collect(t) AS targets
                OPTIONAL MATCH (p)-[:HAS_RESULT]->(r:Target)
                WITH p, targets, collect(r) AS results
                RETURN p.text AS text, p.leadRaw AS lead, p.cooperatingRaw AS cooperating,
                       [t IN targets | [t.year, t.raw]] AS targets, [r IN results | [r.year, r.raw]] AS results""")
                .bind(key)
                .to("key")
                .fetch()
                .one()
                .orElseThrow(() -> new AssertionError("no plan item " + key));
        return new Cells(
                (String) row.get("text"),
                byYear(row.get("targets")),
                byYear(row.get("results")),
                (String) row.get("lead"),
                (String) row.get("cooperating"));
    }

    private static Map<Integer, String> byYear(Object pairs) {
        var map = new TreeMap<Integer, String>();
        for (Object pair : (List<?>) pairs) {
            var p = (List<?>) pair;
            map.put(((Number) p.get(0)).intValue(), (String) p.get(1));
        }
        return map;
    }

    private List<String> refs(String document) {
        return List.copyOf(client.query("MATCH (p:PlanItem)-[:SET_IN]->(:Document {key: $doc}) RETURN p.ref")
                .bind(document)
                .to("doc")
                .fetchAs(String.class)
                .all());
    }

    private static List<String> numbers(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(Integer::toString).toList();
    }
}
