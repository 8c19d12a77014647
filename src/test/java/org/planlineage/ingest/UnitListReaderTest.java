package org.planlineage.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs of units: separators glued or not, kinds given once for a run, parentheses, names that are not names. */
class UnitListReaderTest {

    @Test
    void gluedAndIsASeparatorButVaoIsNot() {
        assertThat(read("các xã Tân Bình (huyện Càng Long), An Trường Avà An Trường"))
                .extracting(Unit::kind, Unit::name, Unit::locality)
                .containsExactly(
                        tuple(UnitKind.COMMUNE, "Tân Bình", "huyện Càng Long"),
                        tuple(UnitKind.COMMUNE, "An Trường A", null),
                        tuple(UnitKind.COMMUNE, "An Trường", null));
        assertThat(read("thị trấn Châu Thành(huyện Châu Thành, tỉnh Bến Tre) vàcác xã Tân Thạch, Tường Đa,Phú Túc"))
                .extracting(Unit::fullName, Unit::locality)
                .containsExactly(
                        tuple("thị trấn Châu Thành", "huyện Châu Thành, tỉnh Bến Tre"),
                        tuple("xã Tân Thạch", null),
                        tuple("xã Tường Đa", null),
                        tuple("xã Phú Túc", null));
        List<Warning> warnings = new ArrayList<>();
        List<Unit> units = read("xã Vào Đông", warnings);
        assertThat(units).extracting(Unit::name).containsExactly("Vào Đông");
        assertThat(warnings).isEmpty();
    }

    @Test
    void aKindGluedToTheNameIsStillAKind() {
        assertThat(read("các xãPhú Sơn, Tân Thiềng"))
                .extracting(Unit::fullName)
                .containsExactly("xã Phú Sơn", "xã Tân Thiềng");
    }

    @Test
    void parenthesesAfterARunOfNumberedWardsStandForTheRun() {
        assertThat(read("Phường 1, Phường 3 và Phường 9 (thành phố Trà Vinh), phường Trường An"))
                .extracting(Unit::name, Unit::locality, Unit::localityShared)
                .containsExactly(
                        tuple("Phường 1", "thành phố Trà Vinh", true),
                        tuple("Phường 3", "thành phố Trà Vinh", true),
                        tuple("Phường 9", "thành phố Trà Vinh", false),
                        tuple("Trường An", null, false));
        // but not for a named unit before them
        assertThat(read("xã Mỹ Hòa và xã Mỹ Chánh (huyện Ba Tri)"))
                .extracting(Unit::name, Unit::locality)
                .containsExactly(tuple("Mỹ Hòa", null), tuple("Mỹ Chánh", "huyện Ba Tri"));
    }

    @Test
    void aUnitWithoutKindAndWordsThatAreNoNameAreWarnings() {
        List<Warning> warnings = new ArrayList<>();
        List<Unit> units = read("Tân Phú, xã Long An thành", warnings);
        assertThat(units).extracting(Unit::kind).containsExactly(null, UnitKind.COMMUNE);
        assertThat(warnings)
                .extracting(Warning::kind, Warning::words)
                .containsExactly(
                        tuple(Warning.Kind.UNIT_KIND_UNKNOWN, "Tân Phú"),
                        tuple(Warning.Kind.SUSPICIOUS_NAME, "xã Long An thành"));
    }

    @Test
    void namesAreCapitalisedWordsOrNumbers() {
        assertThat(UnitListReader.isName("Hưng Khánh Trung A")).isTrue();
        assertThat(UnitListReader.isName("Phường 5")).isTrue();
        assertThat(UnitListReader.isName("Tam Bìnhthành")).isTrue(); // one capitalised word: what the markers are for
        assertThat(UnitListReader.isName("Trường AnThành")).isFalse();
        assertThat(UnitListReader.isName("Long An thành")).isFalse();
        assertThat(UnitListReader.isName("")).isFalse();
    }

    private static List<Unit> read(String words) {
        List<Warning> warnings = new ArrayList<>();
        List<Unit> units = read(words, warnings);
        assertThat(warnings).isEmpty();
        return units;
    }

    private static List<Unit> read(String words, List<Warning> warnings) {
        Passage p = SourceText.of(words).passage(1, 1);
        return UnitListReader.read(p, 0, p.length(), null, warnings);
    }
}
