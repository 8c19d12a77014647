package org.planlineage.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Keys made from numbers as graph-seed/README.md says. */
class DocumentKeysTest {

    private static final LocalDate Y2023 = LocalDate.of(2023, 4, 6);

    @Test
    void aNumberIsSluggedAndGetsItsYear() {
        assertThat(DocumentKeys.fromNumber("742/QĐ-UBND", Y2023)).isEqualTo("742-qd-ubnd-2023");
        assertThat(DocumentKeys.fromNumber("147-KH/TU", Y2023)).isEqualTo("147-kh-tu-2023");
        assertThat(DocumentKeys.fromNumber("31/KH-SKHCN", Y2023)).isEqualTo("31-kh-skhcn-2023");
    }

    @Test
    void aNumberThatHoldsItsYearIsNotGivenItAgain() {
        assertThat(DocumentKeys.fromNumber("67/2006/QH11", null)).isEqualTo("67-2006-qh11");
        assertThat(DocumentKeys.fromNumber("47/2020/NĐ-CP", Y2023)).isEqualTo("47-2020-nd-cp");
    }

    @Test
    void aNumberThatLooksLikeAYearIsStillANumber() {
        assertThat(DocumentKeys.fromNumber("2000/QĐ-UBND", Y2023)).isEqualTo("2000-qd-ubnd-2023");
        assertThat(DocumentKeys.fromNumber("2000/QĐ-UBND", null)).isNull();
    }

    @Test
    void withoutANumberThereIsNoKey() {
        assertThat(DocumentKeys.fromNumber(null, Y2023)).isNull();
        assertThat(DocumentKeys.fromNumber("  ", Y2023)).isNull();
    }

    @Test
    void keysAreLowerCaseAsciiWithSingleDashes() {
        assertThat(DocumentKeys.isKey("742-qd-ubnd-2023")).isTrue();
        assertThat(DocumentKeys.isKey("742--qd")).isFalse();
        assertThat(DocumentKeys.isKey("742/QĐ")).isFalse();
    }
}
