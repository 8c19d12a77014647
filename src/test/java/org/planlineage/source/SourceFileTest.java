package org.planlineage.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a source text becomes numbered lines, and how line ranges are read: plain Java, no Spring, no database. */
class SourceFileTest {

    @Test
    void linesAreNumberedAsSedNumbersThemAFinalLineBreakEndingTheLastLine() {
        assertThat(SourceFile.decode(bytes("a\nb\n"))).containsExactly("a", "b");
        assertThat(SourceFile.decode(bytes("a\nb"))).containsExactly("a", "b");
        assertThat(SourceFile.decode(bytes("a\n\nb \n"))).containsExactly("a", "", "b ");
        assertThat(SourceFile.decode(bytes(""))).isEmpty();
    }

    @Test
    void onlyLineFeedsSplitLinesAndACarriageReturnStaysInItsLine() {
        assertThat(SourceFile.decode(bytes("a\r\nb"))).containsExactly("a\r", "b");
    }

    @Test
    void eachLineIsNfc() {
        String decomposed = Normalizer.normalize("dữ liệu số", Normalizer.Form.NFD);
        assertThat(decomposed).hasSizeGreaterThan("dữ liệu số".length());
        assertThat(SourceFile.decode(bytes(decomposed + "\n"))).containsExactly("dữ liệu số");
    }

    @Test
    void aByteThatIsNotUtf8BecomesAReplacementCharacterAndTheLineIsKept() {
        byte[] bytes = {'N', 'h', (byte) 0xE1, 'n', ':', '\n', 'x'};
        assertThat(SourceFile.decode(bytes)).containsExactly("Nh\uFFFDn:", "x");
    }

    @Test
    void aRangeIsALineOrTwoLinesInOrder() {
        assertThat(LineRange.parse("712-735")).isEqualTo(new LineRange(712, 735));
        assertThat(LineRange.parse("30")).isEqualTo(new LineRange(30, 30));
        assertThat(LineRange.parse("30").toString()).isEqualTo("30");
        assertThat(LineRange.parse("712-735").toString()).isEqualTo("712-735");
    }

    @Test
    void aRangeThatIsNotOneIsRefusedSayingWhatToWrite() {
        for (String bad : List.of("", "abc", "1-", "-5", "1-2-3", "1,2", "12345678901")) {
            assertThatThrownBy(() -> LineRange.parse(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("'" + bad + "' is not a line or a range of lines; write e.g. 712-735 or 30");
        }
        assertThatThrownBy(() -> LineRange.parse("9-3"))
                .hasMessageContaining("a range goes from its first line to a later one");
        assertThatThrownBy(() -> LineRange.parse("0")).hasMessageContaining("lines are numbered from 1");
    }

    @Test
    void aRangePastTheLastLineIsRefusedNamingTheFilesLines() {
        var file = new SourceFile("f.txt", "doc", true, null, List.of("one", "two", "three"));
        assertThat(LineRange.parse("2-3").within(file)).isEqualTo(new LineRange(2, 3));
        assertThatThrownBy(() -> LineRange.parse("3-4").within(file))
                .hasMessage("lines 3-4 are outside f.txt, which has lines 1-3");
        assertThat(file.lines(new LineRange(2, 3)))
                .containsExactly(new SourceLine(2, "two"), new SourceLine(3, "three"));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
