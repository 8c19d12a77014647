package org.planlineage.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a quote sits in its lines, found as tolerantly as the seed's fidelity tests compare: plain Java. */
class QuoteFinderTest {

    /** Lines 6-7 of 000_04b1b475b92f531c.txt (3100/QĐ-UBND), as the file has them. */
    static final List<SourceLine> TITLE = List.of(
            new SourceLine(6, "Ban hành Kế hoạch hành động thực hiện Quyết định số 742/QĐ-UBND ngày "),
            new SourceLine(7, "06/4/2023 của Ủy ban nhân dân tỉnh Vĩnh Long và Kế hoạch số 147-KH/TU ngày "));

    @Test
    void aQuoteOnOneLineIsFoundAtItsFirstAndLastCharacter() {
        assertThat(QuoteFinder.find(TITLE, "Quyết định số 742/QĐ-UBND"))
                .contains(new QuoteFinder.Span(new QuotePosition(6, 39), new QuotePosition(6, 63), QuoteMatch.EXACT));
    }

    @Test
    void aQuoteThePdfSpreadOverTwoLinesIsFoundAcrossTheLineBreak() {
        assertThat(QuoteFinder.find(TITLE, "742/QĐ-UBND ngày 06/4/2023 của Ủy ban nhân dân tỉnh Vĩnh Long"))
                .contains(new QuoteFinder.Span(new QuotePosition(6, 53), new QuotePosition(7, 44), QuoteMatch.EXACT));
    }

    @Test
    void aWordOrNumberALineBreakCutIsFoundJoined() {
        var cut = List.of(new SourceLine(30, "Nghị quyết số 07-"), new SourceLine(31, "NQ/TU ngày 15/3/2022"));
        assertThat(QuoteFinder.find(cut, "Nghị quyết số 07-NQ/TU"))
                .contains(new QuoteFinder.Span(new QuotePosition(30, 1), new QuotePosition(31, 5), QuoteMatch.EXACT));
    }

    @Test
    void aDecomposedQuoteMatchesItsNfcLineAndANoBreakSpaceIsWhiteSpace() {
        var line = List.of(new SourceLine(47, "chia\u00A0sẻ dữ liệu số của cơ quan nhà nước"));
        String decomposed = Normalizer.normalize("chia sẻ dữ liệu", Normalizer.Form.NFD);
        assertThat(QuoteFinder.find(line, decomposed))
                .contains(new QuoteFinder.Span(new QuotePosition(47, 1), new QuotePosition(47, 15), QuoteMatch.EXACT));
    }

    /** Lines 899-934 of 000 in part: row 6's legal-basis cell, cut by a page break and the repeated table header. */
    static final List<SourceLine> INTERLEAVED = List.of(
            new SourceLine(899, "Quyết định số "),
            new SourceLine(900, "742/QĐ-UBND "),
            new SourceLine(901, " TT Nhiệm vụ chuyển đổi số trọng tâm "),
            new SourceLine(902, "Năm "),
            new SourceLine(903, "2023 "),
            new SourceLine(917, "tục hành chính UBND 11 "),
            new SourceLine(925, "ngày 06/4/2023 của "),
            new SourceLine(926, "UBND tỉnh Vĩnh "),
            new SourceLine(928, "Long ; Kế hoạch số "));

    @Test
    void aTableCellInterleavedWithOtherTextIsFoundByItsWordsInOrder() {
        assertThat(QuoteFinder.find(INTERLEAVED, "Quyết định số 742/QĐ-UBND ngày 06/4/2023 của UBND tỉnh Vĩnh Long"))
                .contains(new QuoteFinder.Span(
                        new QuotePosition(899, 1), new QuotePosition(928, 4), QuoteMatch.SCATTERED));
    }

    @Test
    void wordsOutOfOrderAreNotFound() {
        assertThat(QuoteFinder.find(INTERLEAVED, "ngày 06/4/2023 Quyết định số 742/QĐ-UBND"))
                .isEmpty();
    }

    @Test
    void aQuoteThatIsNotThereOrNoQuoteIsNotFound() {
        assertThat(QuoteFinder.find(TITLE, "Quyết định số 743/QĐ-UBND")).isEqualTo(Optional.empty());
        assertThat(QuoteFinder.find(TITLE, null)).isEmpty();
        assertThat(QuoteFinder.find(TITLE, "  ")).isEmpty();
    }
}
