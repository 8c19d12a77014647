package org.planlineage.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.planlineage.ingest.ReorganisationReader;
import org.planlineage.ingest.ReorganisationReading;
import org.planlineage.seed.ReorganisationScope.Naming;

/**
 * Which clauses of a reorganisation are recorded, as plain logic over the reader's reading: of the hand-written
 * resolution (src/test/resources/ingest/sap-xep-mau.txt) and of 1687/NQ-UBTVQH15.
 */
class ReorganisationScopeTest {

    private static final ReorganisationReading SAMPLE = read(sample());
    private static final ReorganisationReading R1687 = read(source1687());

    @Test
    void aClauseThatPlacesAUnitInAKnownCityIsRecordedWithTheClauseThatTakesTheRestOfItsPartialUnit() {
        // clause 2 places Phường 2 and 3 in "thành phố Mẫu" and takes part of xã Tân Thành; clause 3 takes the rest
        assertThat(ReorganisationScope.recorded(SAMPLE, n -> false, "thành phố Mẫu"::equals))
                .containsExactly(2, 3);
    }

    @Test
    void aClauseThatNamesAKnownUnitIsRecordedAlone() {
        assertThat(ReorganisationScope.recorded(SAMPLE, new Naming(1, 0)::equals, l -> false))
                .containsExactly(1);
    }

    @Test
    void nothingKnownNothingRecorded() {
        assertThat(ReorganisationScope.recorded(SAMPLE, n -> false, l -> false)).isEmpty();
        assertThat(ReorganisationScope.recorded(R1687, n -> false, l -> false)).isEmpty();
    }

    @Test
    void aRestIsTheUnitThePartWasTakenFrom() {
        // sample clause 3: "phần còn lại của xã Tân Thành ... khoản 2": the third unit of clause 2
        assertThat(ReorganisationScope.origin(SAMPLE, new Naming(3, 1))).isEqualTo(new Naming(2, 2));
        assertThat(ReorganisationScope.origin(SAMPLE, new Naming(3, 0))).isEqualTo(new Naming(3, 0));
        // 1687 clause 108 (lines 431-435): the rest of xã Ngãi Tứ after clause 22, whose third unit is its part
        assertThat(ReorganisationScope.origin(R1687, new Naming(108, 1))).isEqualTo(new Naming(22, 2));
        // clause 22 (lines 116-119): the rest of thị trấn Trà Ôn after clause 16, whose second unit is its part
        assertThat(ReorganisationScope.origin(R1687, new Naming(22, 3))).isEqualTo(new Naming(16, 1));
    }

    @Test
    void inResolution1687ThePartsAndRestsJoinClauses16_22_107And108() {
        // only clause 108 places a unit ("xã Mỹ Hòa (thị xã Bình Minh)", line 431): the rests pull in 22 and 107, and
        // 22's rest of thị trấn Trà Ôn pulls in 16
        assertThat(ReorganisationScope.recorded(R1687, n -> false, "thị xã Bình Minh"::equals))
                .containsExactly(16, 22, 107, 108);
        // "huyện Tam Bình" is written once, in clause 23 (line 122); clauses 17 and 21 share thị trấn Tam Bình
        // between them but place nothing, so they stay out
        assertThat(ReorganisationScope.recorded(R1687, n -> false, Set.of("huyện Tam Bình")::contains))
                .containsExactly(23);
    }

    private static ReorganisationReading read(String text) {
        return ReorganisationReader.read(text);
    }

    private static String sample() {
        try (InputStream in = ReorganisationScopeTest.class.getResourceAsStream("/ingest/sap-xep-mau.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String source1687() {
        try {
            return Files.readString(SourceTexts.directory().resolve("1687_NQ-UBTVQH15.txt"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
