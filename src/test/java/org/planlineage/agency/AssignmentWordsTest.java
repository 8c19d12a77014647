package org.planlineage.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The words of a lead or cooperating cell that name none of the units it was resolved to. */
class AssignmentWordsTest {

    @Test
    void aCellCoveredByItsUnitsAndJoiningWordsLeavesNothing() {
        assertThat(AssignmentWords.unresolved(
                        "Các ban, ngành thành phố và UBND 11 phường",
                        List.of("Các ban, ngành thành phố", "UBND 11 phường", "UBND 11")))
                .isEmpty();
    }

    @Test
    void wordsAfterTheUnitsAreKeptAsWritten() {
        assertThat(AssignmentWords.unresolved(
                        "Sở Công Thương; Sở Nông nghiệp và Môi trường - theo chức năng, nhiệm vụ được giao",
                        List.of("Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Sở NN&MT")))
                .containsExactly("theo chức năng, nhiệm vụ được giao");
    }

    @Test
    void wordsBetweenUnitsAreOnePieceEach() {
        assertThat(AssignmentWords.unresolved(
                        "Thành đoàn và đại diện các doanh nghiệp bưu chính, viễn thông",
                        List.of("Thành đoàn", "doanh nghiệp bưu chính, viễn thông")))
                .containsExactly("đại diện");
        assertThat(AssignmentWords.unresolved(
                        "Phòng VH&TT, Ban Khó Hiểu và Phòng Nội vụ", List.of("Phòng VH&TT", "Phòng Nội vụ")))
                .containsExactly("Ban Khó Hiểu");
    }

    @Test
    void spellingsMatchWholeWordsIgnoringCase() {
        assertThat(AssignmentWords.unresolved("Sở Giáo dục và đào tạo", List.of("Sở Giáo dục và Đào tạo")))
                .isEmpty();
        // a spelling that ends inside a word does not match: "Sở Y t" is not in "Sở Y tế"
        assertThat(AssignmentWords.unresolved("Sở Y tế", List.of("Sở Y t"))).containsExactly("Sở Y tế");
    }

    @Test
    void aCellWithNoResolvedUnitIsLeftWhole() {
        assertThat(AssignmentWords.unresolved("Các đơn vị khác theo chức năng", List.of()))
                .containsExactly("đơn vị khác theo chức năng");
        assertThat(AssignmentWords.unresolved(null, List.of("x"))).isEmpty();
        assertThat(AssignmentWords.unresolved("  ", List.of("x"))).isEmpty();
    }

    @Test
    void theLongestSpellingWinsWhereSpellingsOverlap() {
        assertThat(AssignmentWords.unresolved("UBND tỉnh Vĩnh Long", List.of("UBND tỉnh", "UBND tỉnh Vĩnh Long")))
                .isEmpty();
    }
}
