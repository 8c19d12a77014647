package org.planlineage.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A target read with its parts counted only ({@link TargetLists#COUNTED}: parts empty, their count kept) gets the
 * same verdict and explanation as the same target with its parts read: the verdicts read only the count. Pure logic,
 * no database.
 */
class CountedTargetVerdictsTest {

    private static final Target.Part TWENTY =
            new Target.Part("20%", Comparator.EQ, 20, TargetUnit.PERCENT, null, false);
    private static final Target.Part FORTY = new Target.Part("40%", Comparator.EQ, 40, TargetUnit.PERCENT, null, true);

    private static Target read(String raw, Double value, TargetUnit unit, List<Target.Part> parts) {
        return new Target("row", 2025, raw, value == null ? null : Comparator.EQ, value, unit, null, parts, List.of());
    }

    private static Target counted(Target t) {
        return new Target(
                t.itemKey(),
                t.year(),
                t.raw(),
                t.comparator(),
                t.value(),
                t.unit(),
                t.scope(),
                List.of(),
                List.of(),
                t.parts().size());
    }

    @Test
    void aCellOfSeveralValuesHoldsSeveralValuesCountedOrRead() {
        var several = read("20% 40%", null, TargetUnit.PERCENT, List.of(TWENTY, FORTY));
        var single = read("30%", 30.0, TargetUnit.PERCENT, List.of());
        var outcome = Verdicts.compare(counted(several), counted(single));
        assertThat(outcome).isEqualTo(Verdicts.compare(several, single));
        assertThat(outcome.verdict()).isEqualTo(Verdict.NOT_COMPARABLE);
        assertThat(outcome.explanation())
                .isEqualTo("\"20% 40%\" holds several values, so it cannot be set against \"30%\"");
    }

    @Test
    void textsAreComparedByTheirWordsCountedOrRead() {
        var text = read("Thường xuyên", null, TargetUnit.TEXT, List.of());
        var same = read("Thường  xuyên", null, TargetUnit.TEXT, List.of());
        var outcome = Verdicts.compare(counted(text), counted(same));
        assertThat(outcome).isEqualTo(Verdicts.compare(text, same));
        assertThat(outcome.verdict()).isEqualTo(Verdict.SAME);
        // a text with one value in it ("khoảng 50%" read as text but with a part) is not compared by its words
        var onePart = read("chừng 50%", null, TargetUnit.TEXT, List.of(TWENTY));
        assertThat(Verdicts.compare(counted(onePart), counted(text))).isEqualTo(Verdicts.compare(onePart, text));
        assertThat(Verdicts.compare(onePart, text).explanation())
                .isEqualTo("\"chừng 50%\" is not a number, so it cannot be set against \"Thường xuyên\"");
    }

    @Test
    void partsReadMustBeAsManyAsCounted() {
        assertThatThrownBy(() -> new Target(
                        "row", 2025, "20% 40%", null, null, TargetUnit.PERCENT, null, List.of(TWENTY), List.of(), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("1 parts read, 2 counted");
    }
}
