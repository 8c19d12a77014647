package org.planlineage.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Resolving a written unit by key, folded name or alias, and the closest units when none matches. */
class UnitMatcherTest {

    private final UnitMatcher units = new UnitMatcher(List.of(
            new UnitMatcher.Unit(
                    "ubnd-tp-vinh-long",
                    "UBND thành phố Vĩnh Long",
                    List.of("Ủy ban nhân dân thành phố Vĩnh Long", "UBND TPVL"),
                    "DISTRICT"),
            new UnitMatcher.Unit(
                    "so-thong-tin-va-truyen-thong", "Sở Thông tin và Truyền thông", List.of("Sở TT&TT"), "PROVINCE"),
            new UnitMatcher.Unit("so-noi-vu", "Sở Nội vụ", List.of(), "PROVINCE"),
            new UnitMatcher.Unit("phong-noi-vu-tpvl", "Phòng Nội vụ", List.of("Sở Nội vụ"), "DISTRICT")));

    @Test
    void aKeyANameAndAnAliasResolveWhateverTheirCaseAndMarks() {
        assertThat(units.match("ubnd-tp-vinh-long").key()).isEqualTo("ubnd-tp-vinh-long");
        assertThat(units.match("ubnd thanh pho vinh long").key()).isEqualTo("ubnd-tp-vinh-long");
        assertThat(units.match("  Ủy ban nhân dân  thành phố Vĩnh Long ").key()).isEqualTo("ubnd-tp-vinh-long");
        assertThat(units.match("SỞ TT&TT").key()).isEqualTo("so-thong-tin-va-truyen-thong");
    }

    @Test
    void ubndAndUyBanNhanDanAreTheSameWords() {
        assertThat(units.match("ỦY BAN NHÂN DÂN THÀNH PHỐ VĨNH LONG").key()).isEqualTo("ubnd-tp-vinh-long");
        assertThat(units.match("UBND thành phố Vĩnh Long").key()).isEqualTo("ubnd-tp-vinh-long");
    }

    @Test
    void decomposedUnicodeResolvesLikeComposed() {
        String nfd = java.text.Normalizer.normalize("Sở Thông tin và Truyền thông", java.text.Normalizer.Form.NFD);
        assertThat(units.match(nfd).key()).isEqualTo("so-thong-tin-va-truyen-thong");
    }

    @Test
    void aSpellingTwoUnitsShareIsNotResolvedAndNamesBoth() {
        var match = units.match("Sở Nội vụ");
        assertThat(match.resolved()).isFalse();
        assertThat(match.candidates()).containsExactly("so-noi-vu", "phong-noi-vu-tpvl");
    }

    @Test
    void anUnknownUnitGetsTheThreeClosestByEditsOnFoldedTextTiesByKey() {
        var match = units.match("Sở Thông tin Truyền thông");
        assertThat(match.resolved()).isFalse();
        assertThat(match.suggestions())
                .containsExactly(
                        "so-thong-tin-va-truyen-thong (Sở Thông tin và Truyền thông)",
                        "phong-noi-vu-tpvl (Phòng Nội vụ)",
                        "ubnd-tp-vinh-long (UBND thành phố Vĩnh Long)");
    }
}
