package org.planlineage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planlineage.document.DocumentType;

/**
 * The reader on the preambles of the sources (graph-seed/sources/): every header piece and the exact list of
 * citations, each checked by reading the source at the lines given. Each line of an expected list is "RELATION |
 * parent (the cited document whose title states it, "-" for the document's own) | number or name | date | issuer
 * words, or (the issuer the number's form or a law's type states) | lines | locator" ({@link Texts#line}).
 * How these compare with graph-seed/document-links.csv is {@link CurationComparisonTest}'s subject.
 */
class SourcePreamblesTest {

    @Test
    void decision3100HasItsHeaderReadFromOneLineWithNumberPlaceAndDate() {
        ReadDocument d = DocumentReader.read(Texts.source("000_04b1b475b92f531c.txt"));
        Header h = d.header();
        assertThat(h.number()).isEqualTo(new Read<>("3100/QĐ-UBND", "3100/QĐ-UBND", LineRange.of(1)));
        assertThat(h.place().value()).isEqualTo("TP. Vĩnh Long");
        assertThat(h.issuedOn())
                .isEqualTo(new Read<>(LocalDate.of(2023, 7, 21), "ngày 21 tháng 7 năm 2023", LineRange.of(1)));
        assertThat(h.type()).isEqualTo(new Read<>(DocumentType.DECISION, "QUYẾT ĐỊNH", LineRange.of(4)));
        assertThat(h.title().lines()).isEqualTo(new LineRange(6, 12));
        assertThat(h.title().value())
                .isEqualTo("Ban hành Kế hoạch hành động thực hiện Quyết định số 742/QĐ-UBND ngày 06/4/2023 của Ủy ban"
                        + " nhân dân tỉnh Vĩnh Long và Kế hoạch số 147-KH/TU ngày 14/3/2023 của Thành ủy Vĩnh Long thực"
                        + " hiện Nghị quyết số 07-NQ/TU ngày 16/11/2022 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi"
                        + " số tỉnh Vĩnh Long đến năm 2025 và định hướng đến năm 2030");
        assertThat(h.authority())
                .isEqualTo(new Read<>(
                        "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ VĨNH LONG",
                        "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ VĨNH LONG",
                        LineRange.of(15)));
        // the extraction lost the issuer's block above the number: said, not invented
        assertThat(h.issuer()).isNull();
        assertThat(d.warnings()).extracting(Warning::kind).containsExactly(Warning.Kind.NO_ISSUER_LINES);
    }

    @Test
    void decision3100CitesWhatItsTitlePreambleArticleOneAndAttachedPlanSay() {
        ReadDocument d = DocumentReader.read(Texts.source("000_04b1b475b92f531c.txt"));
        assertThat(Texts.lines(d))
                .containsExactly(
                        "IMPLEMENTS | - | 742/QĐ-UBND | 2023-04-06 | của Ủy ban nhân dân tỉnh Vĩnh Long | 6-7 | Tiêu đề",
                        "IMPLEMENTS | - | 147-KH/TU | 2023-03-14 | của Thành ủy Vĩnh Long | 7-12 | Tiêu đề",
                        "IMPLEMENTS | 147-KH/TU | 07-NQ/TU | 2022-11-16 | của Ban Chấp hành Đảng bộ tỉnh | 9-12 | Tiêu đề (trích yếu của 147-KH/TU)",
                        "LEGAL_BASIS | - | Luật Tổ chức Chính quyền địa phương | 2015-06-19 | (Quốc hội) | 17 | Căn cứ, dòng 1",
                        "LEGAL_BASIS | - | Luật … | 2019-11-22 | (Quốc hội) | 19-21 | Căn cứ, dòng 2",
                        "LEGAL_BASIS | - | 742/QĐ-UBND | 2023-04-06 | của Ủy ban nhân dân tỉnh Vĩnh Long | 23-29 | Căn cứ, dòng 3",
                        "IMPLEMENTS | 742/QĐ-UBND | 07-NQ/TU | 2022-11-16 | của Ban Chấp hành Đảng bộ tỉnh | 25-29 | Căn cứ, dòng 3 (trích yếu của 742/QĐ-UBND)",
                        "LEGAL_BASIS | - | 147-KH/TU | 2023-03-14 | của Thành ủy Vĩnh Long | 31-35 | Căn cứ, dòng 4",
                        "IMPLEMENTS | 147-KH/TU | 07-NQ/TU | null | của Ban Chấp hành Đảng bộ tỉnh | 33-35 | Căn cứ, dòng 4 (trích yếu của 147-KH/TU)",
                        "PROPOSED_BY | - | 321/TTr-PVH&TT | 2023-07-03 | của Trưởng phòng Văn hóa và Thông tin | 37-39 | Theo đề nghị",
                        "ISSUES | - | Kế hoạch hành động … | null | (null) | 43-51 | Điều 1",
                        "IMPLEMENTS | Kế hoạch hành động … | 742/QĐ-UBND | 2023-04-06 | của Ủy ban nhân dân tỉnh Vĩnh Long | 43-45 | Điều 1 (trích yếu của Kế hoạch hành động)",
                        "IMPLEMENTS | Kế hoạch hành động … | 147-KH/TU | 2023-03-14 | của Thành ủy Vĩnh Long | 47-51 | Điều 1 (trích yếu của Kế hoạch hành động)",
                        "IMPLEMENTS | 147-KH/TU | 07-NQ/TU | 2022-11-16 | của Ban Chấp hành Đảng bộ tỉnh | 47-51 | Điều 1 (trích yếu của Kế hoạch hành động) (trích yếu của 147-KH/TU)",
                        "IMPLEMENTS | - | 742/QĐ-UBND | 2023-04-06 | của Ủy ban nhân dân tỉnh Vĩnh Long | 98-100 | KẾ HOẠCH HÀNH ĐỘNG kèm theo, Tiêu đề",
                        "IMPLEMENTS | - | 147-KH/TU | 2023-03-14 | của Thành ủy Vĩnh Long | 100-104 | KẾ HOẠCH HÀNH ĐỘNG kèm theo, Tiêu đề",
                        "IMPLEMENTS | 147-KH/TU | 07-NQ/TU | null | của Ban Chấp hành Đảng bộ tỉnh | 101-104 | KẾ HOẠCH HÀNH ĐỘNG kèm theo, Tiêu đề (trích yếu của 147-KH/TU)",
                        "IMPLEMENTS | - | 742/QĐ-UBND | 2023-04-06 | của Ủy ban nhân dân tỉnh Vĩnh Long | 110-115 | KẾ HOẠCH HÀNH ĐỘNG kèm theo, đoạn mở đầu 1",
                        "IMPLEMENTS | 742/QĐ-UBND | 07-NQ/TU | 2022-11-16 | của Ban Chấp hành Đảng bộ tỉnh | 112-115 | KẾ HOẠCH HÀNH ĐỘNG kèm theo, đoạn mở đầu 1 (trích yếu của 742/QĐ-UBND)",
                        "IMPLEMENTS | - | 147-KH/TU | 2023-03-14 | của Thành ủy Vĩnh Long | 117-119 | KẾ HOẠCH HÀNH ĐỘNG kèm theo, đoạn mở đầu 2",
                        "IMPLEMENTS | 147-KH/TU | 07-NQ/TU | 2022-11-16 | của Ban Chấp hành Đảng bộ tỉnh | 118-119 | KẾ HOẠCH HÀNH ĐỘNG kèm theo, đoạn mở đầu 2 (trích yếu của 147-KH/TU)",
                        "IMPLEMENTS | - | 742/QĐ-UBND | 2023-04-06 | của UBND tỉnh Vĩnh Long | 121-122 | KẾ HOẠCH HÀNH ĐỘNG kèm theo, đoạn mở đầu 3",
                        "IMPLEMENTS | - | 147-KH/TU | 2023-03-14 | của Thành ủy Vĩnh Long | 122-124 | KẾ HOẠCH HÀNH ĐỘNG kèm theo, đoạn mở đầu 3");
    }

    @Test
    void decision3100KeepsTheWordsOfEachCitation() {
        ReadDocument d = DocumentReader.read(Texts.source("000_04b1b475b92f531c.txt"));
        Citation basis = d.citations().get(5);
        assertThat(basis.quote())
                .isEqualTo("Căn cứ Quyết định số 742/QĐ-UBND ngày 06/4/2023 của Ủy ban nhân dân tỉnh Vĩnh Long về việc"
                        + " ban hành Kế hoạch triển khai thực hiện Nghị quyết số 07-NQ/TU ngày 16/11/2022 của Ban Chấp"
                        + " hành Đảng bộ tỉnh về chuyển đổi số tỉnh Vĩnh Long đến năm 2025 và định hướng đến năm 2030");
        assertThat(basis.issuedOnRaw()).isEqualTo("ngày 06/4/2023");
        assertThat(basis.type()).isEqualTo(DocumentType.DECISION);
        assertThat(basis.typeWords()).isEqualTo("Quyết định");
        assertThat(basis.title()).startsWith("về việc ban hành Kế hoạch triển khai thực hiện Nghị quyết số 07-NQ/TU");
        // "07-" / "NQ/TU" at lines 25-27 is read whole
        Citation nested = d.citations().get(6);
        assertThat(nested.number()).isEqualTo("07-NQ/TU");
        assertThat(nested.parent()).isEqualTo(5);
        assertThat(nested.type()).isEqualTo(DocumentType.PARTY_RESOLUTION);
        Citation proposal = d.citations().get(9);
        assertThat(proposal.quote())
                .isEqualTo("Theo đề nghị của Trưởng phòng Văn hóa và Thông tin tại Tờ trình số 321/TTr-PVH&TT ngày"
                        + " 03/7/2023");
        assertThat(proposal.type()).isEqualTo(DocumentType.SUBMISSION);
        Citation issues = d.citations().get(10);
        assertThat(issues.number()).isNull();
        assertThat(issues.typeWords()).isEqualTo("Kế hoạch hành động");
        assertThat(issues.notes()).containsExactly("the issued document has no number of its own");
        assertThat(d.citations().get(3).proposedKey()).isNull();
        assertThat(d.citations().get(5).proposedKey()).isEqualTo("742-qd-ubnd-2023");
    }

    @Test
    void decision206HasItsHeaderOnSeparateLinesAndMarkdownMarksRemoved() {
        ReadDocument d = DocumentReader.read(Texts.source("003_8b5c3a2d4cef5978.txt"));
        Header h = d.header();
        assertThat(h.number()).isEqualTo(new Read<>("206/QĐ-UBND", "206/QĐ-UBND", LineRange.of(3)));
        assertThat(h.place()).isEqualTo(new Read<>("Vĩnh Long", "Vĩnh Long", LineRange.of(5)));
        assertThat(h.issuedOn())
                .isEqualTo(new Read<>(LocalDate.of(2024, 1, 31), "ngày 31 tháng 01 năm 2024", LineRange.of(5)));
        assertThat(h.type()).isEqualTo(new Read<>(DocumentType.DECISION, "QUYẾT ĐỊNH", LineRange.of(7)));
        assertThat(h.title())
                .isEqualTo(new Read<>(
                        "Về việc ban hành Kế hoạch Chuyển đổi số năm 2024",
                        "Về việc ban hành Kế hoạch Chuyển đổi số năm 2024",
                        LineRange.of(8)));
        assertThat(h.authority().value()).isEqualTo("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH VĨNH LONG");
        assertThat(d.warnings()).extracting(Warning::kind).containsExactly(Warning.Kind.NO_ISSUER_LINES);
    }

    @Test
    void decision206CitesItsPreambleArticleOneAndItsPlansBasisList() {
        ReadDocument d = DocumentReader.read(Texts.source("003_8b5c3a2d4cef5978.txt"));
        assertThat(Texts.lines(d))
                .containsExactly(
                        "LEGAL_BASIS | - | Luật Tổ chức Chính quyền địa phương | 2015-06-19 | (Quốc hội) | 12 | Căn cứ, dòng 1",
                        "LEGAL_BASIS | - | Luật … | 2019-11-22 | (Quốc hội) | 12 | Căn cứ, dòng 1",
                        "LEGAL_BASIS | - | Luật Công nghệ thông tin | 2006-06-29 | (Quốc hội) | 14 | Căn cứ, dòng 2",
                        "LEGAL_BASIS | - | 749/QĐ-TTg | 2020-06-03 | của Thủ tướng Chính phủ | 16 | Căn cứ, dòng 3",
                        "LEGAL_BASIS | - | 942/QĐ-TTg | 2021-06-15 | của Thủ tướng Chính phủ | 18 | Căn cứ, dòng 4",
                        "LEGAL_BASIS | - | 146/QĐ-TTg | 2022-01-28 | của Thủ tướng Chính phủ | 20 | Căn cứ, dòng 5",
                        "LEGAL_BASIS | - | 411/QĐ-TTg | 2022-03-31 | của Thủ tướng Chính phủ | 22 | Căn cứ, dòng 6",
                        "LEGAL_BASIS | - | 394/QĐ-UBND | 2021-02-18 | của Chủ tịch UBND tỉnh Vĩnh Long | 24 | Căn cứ, dòng 7",
                        "LEGAL_BASIS | - | 1104/QĐ-UBND | 2021-05-14 | của Chủ tịch UBND tỉnh Vĩnh Long | 26 | Căn cứ, dòng 8",
                        "LEGAL_BASIS | - | 618/QĐ-UBND | 2022-03-30 | của UBND tỉnh | 28 | Căn cứ, dòng 9",
                        "IMPLEMENTS | 618/QĐ-UBND | Đề án … | null | (null) | 28 | Căn cứ, dòng 9 (trích yếu của 618/QĐ-UBND)",
                        "LEGAL_BASIS | - | 742/QĐ-UBND | 2023-04-06 | của Chủ tịch UBND tỉnh | 30-32 | Căn cứ, dòng 10",
                        "IMPLEMENTS | 742/QĐ-UBND | 07-NQ/TU | 2022-11-16 | của Ban Chấp hành Đảng bộ tỉnh | 30-32 | Căn cứ, dòng 10 (trích yếu của 742/QĐ-UBND)",
                        "LEGAL_BASIS | - | 2568/QĐ-BTTTT | 2023-12-29 | của Bộ Thông tin và Truyền thông | 34 | Căn cứ, dòng 11",
                        "PROPOSED_BY | - | 07/TTr-STTTT | 2024-01-30 | của Giám đốc Sở Thông tin và Truyền thông | 36 | Theo đề nghị",
                        "ISSUES | - | Kế hoạch Chuyển đổi số năm 2024 | null | (null) | 40 | Điều 1",
                        "LEGAL_BASIS | - | 394/QĐ-UBND | 2021-02-18 | của Chủ tịch UBND tỉnh Vĩnh Long | 362 | Phần II, I. CĂN CỨ LẬP KẾ HOẠCH, mục 1",
                        "LEGAL_BASIS | - | 1104/QĐ-UBND | 2021-05-14 | của Chủ tịch UBND tỉnh Vĩnh Long | 364 | Phần II, I. CĂN CỨ LẬP KẾ HOẠCH, mục 2",
                        "LEGAL_BASIS | - | 1104/QĐ-UBND | 2021-05-14 | của Chủ tịch UBND tỉnh Vĩnh Long | 366 | Phần II, I. CĂN CỨ LẬP KẾ HOẠCH, mục 3",
                        "LEGAL_BASIS | - | 618/QĐ-UBND | 2022-03-30 | của UBND tỉnh | 368 | Phần II, I. CĂN CỨ LẬP KẾ HOẠCH, mục 4",
                        "IMPLEMENTS | 618/QĐ-UBND | Đề án … | null | (null) | 368 | Phần II, I. CĂN CỨ LẬP KẾ HOẠCH, mục 4 (trích yếu của 618/QĐ-UBND)",
                        "LEGAL_BASIS | - | 742/QĐ-UBND | 2023-04-06 | của UBND tỉnh | 370 | Phần II, I. CĂN CỨ LẬP KẾ HOẠCH, mục 5",
                        "IMPLEMENTS | 742/QĐ-UBND | 07-NQ/TU | 2022-11-16 | của Ban Chấp hành Đảng bộ tỉnh | 370 | Phần II, I. CĂN CỨ LẬP KẾ HOẠCH, mục 5 (trích yếu của 742/QĐ-UBND)",
                        "LEGAL_BASIS | - | 6074/BTTTT-CĐSQG | 2023-12-06 | của Bộ Thông tin và Truyền thông | 372 | Phần II, I. CĂN CỨ LẬP KẾ HOẠCH, mục 6");
        // two laws in one "Căn cứ" sentence (line 12): the second's words start at its own name
        assertThat(d.citations().get(1).quote())
                .isEqualTo("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền"
                        + " địa phương ngày 22/11/2019");
    }

    @Test
    void plan2026HasNoNumberLineAndItsAppendixGivesABlankNumberAndDay() {
        ReadDocument d = DocumentReader.read(Texts.source("001_cb860d839e339891.txt"));
        Header h = d.header();
        assertThat(h.number()).isEqualTo(new Read<>(null, "……../KH-VPUBND", LineRange.of(1157)));
        assertThat(h.issuedOn()).isEqualTo(new Read<>(null, "ngày … tháng 8 năm 2025", LineRange.of(1157)));
        assertThat(h.type()).isEqualTo(new Read<>(DocumentType.PLAN, "KẾ HOẠCH", LineRange.of(1)));
        assertThat(h.title().value())
                .isEqualTo("Thực hiện các nhiệm vụ chuyển đổi số và dự toán ngân sách nhà nước năm 2026");
        assertThat(h.title().lines()).isEqualTo(new LineRange(3, 5));
        assertThat(h.place()).isNull();
        assertThat(d.warnings())
                .extracting(Warning::kind, Warning::lines)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Warning.Kind.NO_NUMBER, LineRange.of(1157)),
                        org.assertj.core.groups.Tuple.tuple(Warning.Kind.NUMBER_BLANK, LineRange.of(1157)),
                        org.assertj.core.groups.Tuple.tuple(Warning.Kind.DATE_DAY_BLANK, LineRange.of(1157)),
                        org.assertj.core.groups.Tuple.tuple(Warning.Kind.NO_ISSUER_LINES, null));
    }

    @Test
    void plan2026CitesItsOpeningAndThePartOneBasisListItemByItem() {
        ReadDocument d = DocumentReader.read(Texts.source("001_cb860d839e339891.txt"));
        List<String> partOne = Texts.lines(d).stream()
                .filter(l -> !l.contains("Phần II") && !l.contains("Phần III"))
                .toList();
        assertThat(partOne)
                .containsExactly(
                        "LEGAL_BASIS | - | 388/SKHCN-CĐS | 2025-07-31 | của Sở Khoa học và Công nghệ | 9-13 | Căn cứ, dòng 1",
                        "LEGAL_BASIS | - | 57-NQ/TW | 2024-12-22 | của Bộ Chính trị | 27-29 | Phần I, I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 1",
                        "LEGAL_BASIS | - | 03/NQ-CP | 2025-01-09 | của Chính phủ | 31-35 | Phần I, I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 2",
                        "IMPLEMENTS | 03/NQ-CP | 57-NQ/TW | null | (null) | 35 | Phần I, I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 2 (trích yếu của 03/NQ-CP)",
                        "LEGAL_BASIS | - | 71/NQ-CP | 2025-04-01 | của Chính phủ | 31-35 | Phần I, I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 2",
                        "IMPLEMENTS | 71/NQ-CP | 57-NQ/TW | null | (null) | 35 | Phần I, I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 2 (trích yếu của 71/NQ-CP)",
                        "LEGAL_BASIS | - | 64/2007/NĐ-CP | 2007-04-10 | của Chính phủ | 37-39 | Phần I, I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 3",
                        "LEGAL_BASIS | - | 85/2016/NĐ-CP | 2016-07-01 | của Chính phủ | 41-43 | Phần I, I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 4",
                        "LEGAL_BASIS | - | 47/2020/NĐ-CP | 2020-04-29 | của Chính phủ | 45-47 | Phần I, I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 5",
                        "LEGAL_BASIS | - | 42/2022/NĐ-CP | 2022-06-24 | của Chính phủ | 49-53 | Phần I, I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 6",
                        "LEGAL_BASIS | - | 118/2025/NĐ-CP | 2025-06-09 | của Chính phủ | 55-59 | Phần I, I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 7",
                        "LEGAL_BASIS | - | 02-KH/BCĐTW | 2025-06-19 | của Ban Chỉ đạo Trung ương | 60-66 | Phần I, I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 8",
                        "LEGAL_BASIS | - | 28/2018/QĐ-TTg | 2018-07-12 | của Thủ tướng Chính phủ | 68-72 | Phần I, I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 9",
                        "LEGAL_BASIS | - | 749/QĐ-TTg | 2020-06-03 | của Thủ tướng Chính phủ | 74-78 | Phần I, I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 10",
                        "LEGAL_BASIS | - | 942/QĐ-TTg | 2021-06-15 | của Thủ tướng Chính phủ | 80-84 | Phần I, I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 11",
                        "LEGAL_BASIS | - | 1012/QĐ-TTg | 2024-09-20 | của Thủ tướng Chính phủ | 86-92 | Phần I, I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 12",
                        "LEGAL_BASIS | - | 394/QĐ-UBND | 2021-02-18 | của Chủ tịch UBND tỉnh | 94-100 | Phần I, I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 13",
                        "LEGAL_BASIS | - | 742/QĐ-UBND | 2023-04-06 | của Chủ tịch UBND tỉnh | 102-108 | Phần I, I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 14",
                        "IMPLEMENTS | 742/QĐ-UBND | 07-NQ/TU | 2022-11-16 | của Ban Chấp hành Đảng bộ tỉnh | 104-108 | Phần I, I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 14 (trích yếu của 742/QĐ-UBND)",
                        "LEGAL_BASIS | - | 2702/QĐ-UBND | 2024-12-27 | của UBND tỉnh | 110-114 | Phần I, I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 15",
                        "LEGAL_BASIS | - | 2808/QĐ-UBND | 2024-12-31 | của Chủ tịch UBND tỉnh | 116-118 | Phần I, I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 16",
                        "LEGAL_BASIS | - | 45/KH-UBND | 2025-04-17 | của UBND tỉnh | 120-128 | Phần I, I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 17",
                        "IMPLEMENTS | 45/KH-UBND | 1012/QĐ-TTg | 2024-09-20 | của Thủ tướng Chính phủ | 122-128 | Phần I, I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 17 (trích yếu của 45/KH-UBND)",
                        "LEGAL_BASIS | - | 58/KH-UBND | 2025-06-03 | của UBND tỉnh | 129-137 | Phần I, I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 18",
                        "IMPLEMENTS | 58/KH-UBND | 71/NQ-CP | 2025-04-01 | của Chính phủ | 131 | Phần I, I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 18 (trích yếu của 58/KH-UBND)",
                        "IMPLEMENTS | 58/KH-UBND | Kế hoạch hành động | null | của Ban Thường vụ Tỉnh ủy | 131-137 | Phần I, I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 18 (trích yếu của 58/KH-UBND)",
                        "IMPLEMENTS | Kế hoạch hành động | 57-NQ/TW | 2024-12-22 | của Bộ Chính trị | 133-137 | Phần I, I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 18 (trích yếu của 58/KH-UBND) (trích yếu của Kế hoạch hành động)");
    }

    @Test
    void plan2026ReadsItsThreeBasisListsWithOneCitationPerDocumentNamed() {
        ReadDocument d = DocumentReader.read(Texts.source("001_cb860d839e339891.txt"));
        assertThat(d.citations()).hasSize(89);
        assertThat(own(d, "Phần I, I. CĂN CỨ PHÁP LÝ")).hasSize(19); // 18 items, one naming 03/NQ-CP and 71/NQ-CP
        assertThat(own(d, "Phần II, I. CĂN CỨ PHÁP LÝ")).hasSize(21); // 20 items
        assertThat(own(d, "Phần III, I. CĂN CỨ PHÁP LÝ")).hasSize(27); // 26 items
        Citation law = byLocator(d, "Phần III, I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 9");
        assertThat(law.name()).isEqualTo("Luật Quản lý, sử dụng tài sản công");
        assertThat(law.number()).isNull();
        assertThat(law.impliedIssuer()).isEqualTo("Quốc hội");
        Citation digital = byLocator(d, "Phần II, I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 4");
        assertThat(digital.name()).isEqualTo("Luật Công nghiệp công nghệ số"); // "... công nghệ số số 71/2025/QH15"
        assertThat(digital.number()).isEqualTo("71/2025/QH15");
        Citation amending = byLocator(d, "Phần III, I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 7");
        assertThat(amending.number()).isEqualTo("90/2025/QH15");
        assertThat(amending.lines()).isEqualTo(new LineRange(946, 948));
        assertThat(amending.title())
                .isEqualTo("sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật Đầu tư theo phương thức đối tác công"
                        + " tư");
        Citation dispatch = byLocator(d, "Phần III, I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 26");
        assertThat(dispatch.number()).isEqualTo("3782/UBND-VX");
        assertThat(dispatch.type()).isEqualTo(DocumentType.DISPATCH);
        assertThat(dispatch.issuedOn()).isEqualTo(LocalDate.of(2023, 7, 18));
        assertThat(dispatch.lines()).isEqualTo(new LineRange(1052, 1056));
    }

    @Test
    void resolution1687HasATwoColumnHeaderAndCitesItsPreamble() {
        ReadDocument d = DocumentReader.read(Texts.source("1687_NQ-UBTVQH15.txt"));
        Header h = d.header();
        assertThat(h.number()).isEqualTo(new Read<>("1687/NQ-UBTVQH15", "1687/NQ-UBTVQH15", LineRange.of(5)));
        assertThat(h.issuer())
                .isEqualTo(new Read<>(
                        List.of("ỦY BAN THƯỜNG VỤ", "QUỐC HỘI"), "ỦY BAN THƯỜNG VỤ / QUỐC HỘI", new LineRange(1, 2)));
        assertThat(h.place().value()).isEqualTo("Hà Nội");
        assertThat(h.issuedOn())
                .isEqualTo(new Read<>(LocalDate.of(2025, 6, 16), "ngày 16 tháng 6 năm 2025", LineRange.of(5)));
        // a resolution of the Standing Committee: a legislative resolution
        assertThat(h.type()).isEqualTo(new Read<>(DocumentType.LEGISLATIVE_RESOLUTION, "NGHỊ QUYẾT", LineRange.of(7)));
        assertThat(h.title().value())
                .isEqualTo("VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA TỈNH VĨNH LONG NĂM 2025");
        assertThat(h.authority().value()).isEqualTo("ỦY BAN THƯỜNG VỤ QUỐC HỘI");
        assertThat(d.warnings()).isEmpty();
        assertThat(Texts.lines(d))
                .containsExactly(
                        "LEGAL_BASIS | - | Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam | null | (Quốc hội) | 13-14 | Căn cứ, dòng 1",
                        "CITES | Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam | 203/2025/QH15 | null | (Quốc hội) | 14 | Căn cứ, dòng 1 (trích yếu của Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam)",
                        "LEGAL_BASIS | - | 72/2025/QH15 | null | (Quốc hội) | 16 | Căn cứ, dòng 2",
                        "LEGAL_BASIS | - | 202/2025/QH15 | 2025-06-12 | của Quốc hội | 18-19 | Căn cứ, dòng 3",
                        "LEGAL_BASIS | - | 76/2025/UBTVQH15 | 2025-04-14 | của Ủy ban Thường vụ Quốc hội | 21-22 | Căn cứ, dòng 4",
                        "PROPOSED_BY | - | 336/TTr-CP | null | của Chính phủ | 24 | Xét đề nghị",
                        "PROPOSED_BY | - | 337/ĐA-CP | 2025-05-09 | của Chính phủ | 24-25 | Xét đề nghị",
                        "CITES | - | 445/BC-UBPLTP15 | 2025-06-03 | của Ủy ban Pháp luật và Tư pháp | 25-27 | Xét đề nghị");
        // lines 21-22 are in decomposed Unicode: the words come out NFC
        assertThat(d.citations().get(4).issuerWords()).isEqualTo("của Ủy ban Thường vụ Quốc hội");
        String line21 = Texts.source("1687_NQ-UBTVQH15.txt").split("\n", -1)[20];
        assertThat(java.text.Normalizer.isNormalized(line21, java.text.Normalizer.Form.NFC))
                .isFalse();
        assertThat(d.citations().get(7).notes())
                .containsExactly("named beside the proposal (after a comma), not as the proposal");
    }

    private static List<Citation> own(ReadDocument d, String list) {
        return d.ownCitations().stream()
                .filter(c -> c.locator().startsWith(list + ", "))
                .toList();
    }

    private static Citation byLocator(ReadDocument d, String locator) {
        return d.ownCitations().stream()
                .filter(c -> c.locator().equals(locator))
                .findFirst()
                .orElseThrow();
    }
}
