package org.planlineage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How lines are cleaned, split into columns and joined into passages. */
class SourceTextTest {

    @Test
    void linesAreNfcAndKeepTheirNumbers() {
        String decomposed = Normalizer.normalize("Phường Tân Hòa\n\nxã Hòa Minh", Normalizer.Form.NFD);
        SourceText t = SourceText.of(decomposed);
        assertThat(t.lineCount()).isEqualTo(3);
        assertThat(t.line(1)).isEqualTo("Phường Tân Hòa");
        assertThat(Normalizer.isNormalized(t.line(1), Normalizer.Form.NFC)).isTrue();
        assertThat(t.isBlank(2)).isTrue();
        assertThat(t.line(3)).isEqualTo("xã Hòa Minh");
    }

    @Test
    void markdownMarksAreRemovedAndNothingElse() {
        SourceText t =
                SourceText.of("## **QUYẾT ĐỊNH:**\n*Quyết định số 394/QĐ-UBND ...;*\nnăm 2023”<sup>1</sup> thu hút");
        assertThat(t.line(1)).isEqualTo("QUYẾT ĐỊNH:");
        assertThat(t.line(2)).isEqualTo("Quyết định số 394/QĐ-UBND ...;");
        assertThat(t.line(3)).isEqualTo("năm 2023” thu hút");
    }

    @Test
    void wideGapsSeparateTheColumnsOfAHeader() {
        SourceText t = SourceText.of("   Số: 1687/NQ-UBTVQH15         Hà Nội, ngày 16 tháng 6 năm 2025");
        assertThat(t.columns(1)).containsExactly("Số: 1687/NQ-UBTVQH15", "Hà Nội, ngày 16 tháng 6 năm 2025");
        assertThat(t.line(1)).isEqualTo("Số: 1687/NQ-UBTVQH15 Hà Nội, ngày 16 tháng 6 năm 2025");
    }

    @Test
    void aPassageJoinsLinesWithASpaceAndANumberBrokenAfterADashWithout() {
        SourceText t =
                SourceText.of("Nghị quyết số 07-\n\nNQ/TU ngày 16/11/2022 của Ban\nChấp hành giai đoạn 2024 -\n2025");
        Passage p = t.passage(1, 5);
        assertThat(p.text())
                .isEqualTo("Nghị quyết số 07-NQ/TU ngày 16/11/2022 của Ban Chấp hành giai đoạn 2024 - 2025");
        assertThat(p.lineStarts()).isEqualTo(List.of(0, 17, 47, 74));
        int number = p.text().indexOf("07-NQ/TU");
        assertThat(p.lines(number, number + "07-NQ/TU".length())).isEqualTo(new LineRange(1, 3));
        assertThat(p.lines(p.text().indexOf("Chấp"), p.length())).isEqualTo(new LineRange(4, 5));
    }

    @Test
    void lineRangesPrintAndParseLikeTheSeeds() {
        assertThat(LineRange.parse("23-25")).isEqualTo(new LineRange(23, 25));
        assertThat(LineRange.parse("17")).hasToString("17");
        assertThat(new LineRange(6, 9).overlaps(new LineRange(9, 12))).isTrue();
        assertThat(new LineRange(6, 9).overlaps(new LineRange(10, 12))).isFalse();
    }
}
