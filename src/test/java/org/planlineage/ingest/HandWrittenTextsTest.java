package org.planlineage.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planlineage.document.DocumentType;

/**
 * The reader on texts written in the sources' style to test one thing each (src/test/resources/ingest/, described
 * in its README): both date forms, a number split over lines, decomposed Unicode, "Xét đề nghị", "Theo đề nghị ...
 * tại Tờ trình số ...", a "Căn cứ pháp lý" list, statements with no citation, texts with no header.
 */
class HandWrittenTextsTest {

    @Test
    void aTwoColumnHeaderGivesTheIssuersLinesAndANumberSplitOverTwoLinesReadsWhole() {
        ReadDocument d = DocumentReader.read(Texts.resource("quyet-dinh-hai-cot.txt"));
        Header h = d.header();
        assertThat(h.issuer())
                .isEqualTo(new Read<>(
                        List.of("ỦY BAN NHÂN DÂN", "TỈNH VĨNH LONG"),
                        "ỦY BAN NHÂN DÂN / TỈNH VĨNH LONG",
                        new LineRange(1, 2)));
        assertThat(h.number()).isEqualTo(new Read<>("1234/QĐ-UBND", "1234/QĐ-UBND", new LineRange(5, 6)));
        assertThat(h.place()).isEqualTo(new Read<>("Vĩnh Long", "Vĩnh Long", LineRange.of(5)));
        assertThat(h.issuedOn())
                .isEqualTo(new Read<>(LocalDate.of(2024, 3, 5), "ngày 05 tháng 3 năm 2024", LineRange.of(5)));
        assertThat(h.type().value()).isEqualTo(DocumentType.DECISION);
        assertThat(h.title())
                .isEqualTo(new Read<>(
                        "Về việc ban hành Kế hoạch ứng dụng trí tuệ nhân tạo trong hoạt động của cơ quan nhà nước tỉnh"
                                + " Vĩnh Long năm 2024",
                        "Về việc ban hành Kế hoạch ứng dụng trí tuệ nhân tạo trong hoạt động của cơ quan nhà nước tỉnh"
                                + " Vĩnh Long năm 2024",
                        new LineRange(10, 12)));
    }

    @Test
    void aDecisionCitesItsPreambleArticleOneAndAttachedPlanButNotItsBody() {
        ReadDocument d = DocumentReader.read(Texts.resource("quyet-dinh-hai-cot.txt"));
        assertThat(Texts.lines(d))
                .containsExactly(
                        "LEGAL_BASIS | - | Luật Tổ chức chính quyền địa phương | 2015-06-19 | (Quốc hội) | 16 | Căn cứ, dòng 1",
                        "LEGAL_BASIS | - | Luật … | 2019-11-22 | (Quốc hội) | 16 | Căn cứ, dòng 1",
                        "LEGAL_BASIS | - | 206/QĐ-UBND | 2024-01-31 | của Chủ tịch Ủy ban nhân dân tỉnh Vĩnh Long | 18-20"
                                + " | Căn cứ, dòng 2",
                        "PROPOSED_BY | - | 45/TTr-STTTT | 2024-03-01 | của Giám đốc Sở Thông tin và Truyền thông | 24-26 |"
                                + " Theo đề nghị",
                        "ISSUES | - | Kế hoạch … | null | (null) | 30 | Điều 1",
                        "IMPLEMENTS | Kế hoạch … | 206/QĐ-UBND | 2024-01-31 | của Chủ tịch Ủy ban nhân dân tỉnh | 30 |"
                                + " Điều 1 (trích yếu của Kế hoạch)",
                        "IMPLEMENTS | - | 07-NQ/TU | 2022-11-16 | của Ban Chấp hành Đảng bộ tỉnh | 42-44 | KẾ HOẠCH kèm"
                                + " theo, đoạn mở đầu 1");
        assertThat(d.citations().get(1).name())
                .isEqualTo("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền"
                        + " địa phương");
        assertThat(d.citations().get(3).notes())
                .containsExactly("issuer read from the words before \"tại\": \"của Giám đốc Sở Thông tin và Truyền"
                        + " thông\"");
        // "Căn cứ tình hình thực tế của địa phương;" names no document: a warning, no citation
        assertThat(d.warnings())
                .containsExactly(Warning.of(
                        Warning.Kind.NO_CITATION,
                        "\"Căn cứ\" without a number or law name the reader knows: no citation read",
                        "Căn cứ tình hình thực tế của địa phương;",
                        LineRange.of(22)));
    }

    @Test
    void aPartyPlanDatedInTheShortFormCitesItsTitleOpeningAndList() {
        ReadDocument d = DocumentReader.read(Texts.resource("ke-hoach-dang.txt"));
        Header h = d.header();
        assertThat(h.issuer().value()).containsExactly("TỈNH ỦY VĨNH LONG");
        assertThat(h.number().value()).isEqualTo("21-KH/TU");
        assertThat(h.issuedOn()).isEqualTo(new Read<>(LocalDate.of(2025, 3, 5), "05/3/2025", LineRange.of(3)));
        assertThat(h.type().value()).isEqualTo(DocumentType.PLAN);
        assertThat(Texts.lines(d))
                .containsExactly(
                        "IMPLEMENTS | - | 57-NQ/TW | 2024-12-22 | của Bộ Chính trị | 7-8 | Tiêu đề",
                        "IMPLEMENTS | - | 57-NQ/TW | 2024-12-22 | của Bộ Chính trị | 10-11 | đoạn mở đầu 1",
                        "LEGAL_BASIS | - | 67/2006/QH11 | null | (Quốc hội) | 15 | I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 1",
                        "LEGAL_BASIS | - | 03/NQ-CP | 2025-01-09 | của Chính phủ | 17-19 | I. CĂN CỨ PHÁP LÝ, gạch đầu"
                                + " dòng 2",
                        "IMPLEMENTS | 03/NQ-CP | 57-NQ/TW | null | (null) | 19 | I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 2"
                                + " (trích yếu của 03/NQ-CP)",
                        "LEGAL_BASIS | - | 71/NQ-CP | 2025-04-01 | của Chính phủ | 17-19 | I. CĂN CỨ PHÁP LÝ, gạch đầu"
                                + " dòng 2",
                        "IMPLEMENTS | 71/NQ-CP | 57-NQ/TW | null | (null) | 19 | I. CĂN CỨ PHÁP LÝ, gạch đầu dòng 2"
                                + " (trích yếu của 71/NQ-CP)",
                        "LEGAL_BASIS | - | ……../KH-UBND | ngày … tháng 3 năm 2025 | của UBND tỉnh | 21 | I. CĂN CỨ PHÁP"
                                + " LÝ, gạch đầu dòng 3");
        // "57-" / "NQ/TW" over lines 10-11; the sentence's main clause is not the resolution's title
        Citation opening = d.citations().get(1);
        assertThat(opening.number()).isEqualTo("57-NQ/TW");
        assertThat(opening.title())
                .isEqualTo("về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia");
        // 03/NQ-CP takes the issuer and title of 71/NQ-CP, to which "và" joins it; not its date
        assertThat(d.citations().get(3).issuedOn()).isEqualTo(LocalDate.of(2025, 1, 9));
        assertThat(d.citations().get(3).notes())
                .containsExactly("issuer and title read from 71/NQ-CP, which it is joined to by \"và\"");
        // a blank cited number and day are kept as words, never filled in
        Citation blank = d.citations().get(7);
        assertThat(blank.number()).isNull();
        assertThat(blank.numberRaw()).isEqualTo("……../KH-UBND");
        assertThat(blank.issuedOn()).isNull();
        assertThat(blank.year()).isEqualTo(2025);
        assertThat(d.warnings())
                .extracting(Warning::kind, Warning::words, Warning::lines)
                .containsExactly(
                        tuple(Warning.Kind.NUMBER_BLANK, "……../KH-UBND", LineRange.of(21)),
                        tuple(Warning.Kind.DATE_DAY_BLANK, "ngày … tháng 3 năm 2025", LineRange.of(21)),
                        tuple(Warning.Kind.NO_CITATION, "Các văn bản hướng dẫn của Trung ương.", LineRange.of(23)));
    }

    @Test
    void aTextInDecomposedUnicodeReadsInNfcWithItsBlankNumberAndDayAsWarnings() {
        String text = Texts.resource("nghi-quyet-nfd.txt");
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFD)).isTrue();
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isFalse();
        ReadDocument d = DocumentReader.read(text);
        Header h = d.header();
        assertThat(h.number()).isEqualTo(new Read<>(null, "……../NQ-HĐND", LineRange.of(4)));
        assertThat(h.issuedOn()).isEqualTo(new Read<>(null, "ngày … tháng 12 năm 2024", LineRange.of(4)));
        assertThat(h.issuer().value()).containsExactly("HỘI ĐỒNG NHÂN DÂN", "TỈNH VĨNH LONG");
        assertThat(h.authority())
                .isEqualTo(new Read<>(
                        "HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH LONG KHÓA X, KỲ HỌP THỨ 20",
                        "HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH LONG KHÓA X, KỲ HỌP THỨ 20",
                        new LineRange(9, 10)));
        assertThat(Texts.lines(d))
                .containsExactly(
                        "LEGAL_BASIS | - | Luật Tổ chức chính quyền địa phương | 2015-06-19 | (Quốc hội) | 12 | Căn cứ, dòng 1",
                        "LEGAL_BASIS | - | 83/2015/QH13 | null | (Quốc hội) | 14 | Căn cứ, dòng 2",
                        "LEGAL_BASIS | - | 57-NQ/TW | 2024-12-22 | của Bộ Chính trị | 16 | Căn cứ, dòng 3",
                        "PROPOSED_BY | - | 150/TTr-UBND | 2024-11-25 | của Ủy ban nhân dân tỉnh | 18 | Xét");
        // "; Báo cáo thẩm tra của Ban ..." names no number: not a citation, and not part of the Tờ trình's title
        assertThat(d.citations().get(3).title())
                .isEqualTo("về việc đề nghị thông qua danh mục nhiệm vụ chuyển đổi số năm 2025");
        assertThat(d.citations()).allSatisfy(c -> {
            assertThat(Normalizer.isNormalized(c.quote(), Normalizer.Form.NFC)).isTrue();
            assertThat(Normalizer.isNormalized(String.valueOf(c.title()), Normalizer.Form.NFC))
                    .isTrue();
        });
        assertThat(d.warnings())
                .extracting(Warning::kind)
                .containsExactly(Warning.Kind.NUMBER_BLANK, Warning.Kind.DATE_DAY_BLANK);
    }

    @Test
    void xetDeNghiReadsTheProposalItsEnclosureAndWhatIsNamedBesideIt() {
        ReadDocument d = DocumentReader.read(Texts.resource("quyet-dinh-xet-de-nghi.txt"));
        assertThat(d.header().issuedOn()).isEqualTo(new Read<>(LocalDate.of(2024, 3, 5), "05/3/2024", LineRange.of(6)));
        assertThat(Texts.lines(d))
                .containsExactly(
                        "LEGAL_BASIS | - | 83/2015/QH13 | null | (Quốc hội) | 13 | Căn cứ, dòng 1",
                        "PROPOSED_BY | - | 88/TTr-STC | 2024-03-01 | của Sở Tài chính | 15 | Xét đề nghị",
                        "PROPOSED_BY | - | 12/BC-STP | 2024-02-28 | của Sở Tư pháp | 15 | Xét đề nghị",
                        "CITES | - | 301/STTTT-VP | 2024-02-27 | của Sở Thông tin và Truyền thông | 15 | Xét đề nghị");
        assertThat(d.citations().get(0).name()).isEqualTo("Luật Ngân sách nhà nước");
        assertThat(d.citations().get(3).type()).isEqualTo(DocumentType.DISPATCH);
        assertThat(d.warnings())
                .containsExactly(Warning.of(
                        Warning.Kind.PROPOSAL_WITHOUT_DOCUMENT,
                        "\"Xét đề nghị\" names who proposed but no document: no citation read",
                        "Xét đề nghị của Giám đốc Sở Nội vụ.",
                        LineRange.of(17)));
    }

    @Test
    void aTextWithNoHeaderAtAllReadsAsAnEmptyHeaderOneWarningAndNoCitation() {
        ReadDocument d = DocumentReader.read(Texts.resource("khong-tieu-de.txt"));
        assertThat(d.header().isEmpty()).isTrue();
        assertThat(d.header().number()).isNull();
        assertThat(d.header().issuerLines()).isEmpty();
        assertThat(d.citations()).isEmpty();
        assertThat(d.warnings())
                .containsExactly(Warning.of(
                        Warning.Kind.NO_HEADER,
                        "the text has no header: no \"Số:\" line, no type heading, no place and date line",
                        null,
                        null));
    }

    @Test
    void aTextWithNoHeaderStillHasItsCitationsRead() {
        ReadDocument d = DocumentReader.read(Texts.resource("khong-tieu-de-can-cu.txt"));
        assertThat(d.header().isEmpty()).isTrue();
        assertThat(Texts.lines(d))
                .containsExactly("LEGAL_BASIS | - | 45/KH-UBND | 2025-04-17 | của UBND tỉnh | 3 | Căn cứ, dòng 1");
        assertThat(d.warnings()).extracting(Warning::kind).containsExactly(Warning.Kind.NO_HEADER);
    }

    @Test
    void anEmptyTextIsAnEmptyReading() {
        ReadDocument d = DocumentReader.read("");
        assertThat(d.header().isEmpty()).isTrue();
        assertThat(d.citations()).isEmpty();
        assertThat(d.warnings()).extracting(Warning::kind).containsExactly(Warning.Kind.NO_HEADER);
    }
}
