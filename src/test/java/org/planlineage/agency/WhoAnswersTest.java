package org.planlineage.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlineage.document.Provenance;

/** Who answers for a unit on a date, as plain logic over hand-made successions: one test per shape and status. */
class WhoAnswersTest {

    private static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);
    private static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 1);
    private static final Map<String, String> NAMES = Map.of("a", "UBND A", "b", "UBND B", "c", "UBND C", "d", "UBND D");

    @Test
    void aChainOfTwoSuccessionsIsFollowedAsFarAsTheDateAllows() {
        var graph = Map.of("a", List.of(to("b", JULY_2025)), "b", List.of(to("c", JAN_2026)));

        var before = WhoAnswers.answer("a", LocalDate.of(2025, 6, 30), graph, NAMES);
        assertThat(before.status()).isEqualTo(AnsweringStatus.NOT_YET_SUCCEEDED);
        assertThat(units(before)).containsExactly("a []");
        assertThat(before.explanation())
                .isEqualTo("On 2025-06-30 UBND A still answers: its duties passed wholly to UBND B from 2025-07-01"
                        + " (src, Điều 1, khoản 1).");

        var between = WhoAnswers.answer("a", LocalDate.of(2025, 7, 1), graph, NAMES);
        assertThat(between.status()).isEqualTo(AnsweringStatus.SUCCEEDED);
        assertThat(units(between)).containsExactly("b [b]");

        var after = WhoAnswers.answer("a", JAN_2026, graph, NAMES);
        assertThat(after.status()).isEqualTo(AnsweringStatus.SUCCEEDED);
        assertThat(units(after)).containsExactly("c [b, c]");
        assertThat(after.truncated()).isFalse();
        assertThat(after.explanation())
                .isEqualTo("On 2026-01-01 the duties of UBND A are answered for by UBND C (its duties passed wholly to"
                        + " UBND B from 2025-07-01 (src, Điều 1, khoản 1), then its duties passed wholly to UBND C from"
                        + " 2026-01-01 (src, Điều 1, khoản 1)).");
    }

    @Test
    void aUnitPassedInPartsIsAnsweredForByEachSuccessor() {
        var graph = Map.of("a", List.of(part("b"), part("c")));
        var answer = WhoAnswers.answer("a", JAN_2026, graph, NAMES);
        assertThat(answer.status()).isEqualTo(AnsweringStatus.SUCCEEDED);
        assertThat(units(answer)).containsExactly("b [b]", "c [c]");
        assertThat(answer.explanation()).contains("; and by UBND C (its duties passed in part to UBND C");
    }

    @Test
    void twoWaysToTheSameUnitListItOnceWithTheFirstChain() {
        var graph = Map.of(
                "a", List.of(part("b"), part("c")),
                "b", List.of(to("d", JULY_2025)),
                "c", List.of(to("d", JULY_2025)));
        assertThat(units(WhoAnswers.answer("a", JAN_2026, graph, NAMES))).containsExactly("d [b, d]");
    }

    @Test
    void noSuccessorStatedListsTheUnitItselfAndSaysSo() {
        var answer = WhoAnswers.answer("a", JAN_2026, Map.of(), NAMES);
        assertThat(answer.status()).isEqualTo(AnsweringStatus.NO_SUCCESSOR_STATED);
        assertThat(units(answer)).containsExactly("a []");
        assertThat(answer.explanation())
                .isEqualTo("No source states a successor of UBND A, so it is listed as assigned; whether it still"
                        + " exists on 2026-01-01 the sources do not say.");
    }

    @Test
    void aSuccessionWithoutADateListsBothTheUnitAndItsSuccessor() {
        var graph = Map.of("a", List.of(to("b", null)));
        var answer = WhoAnswers.answer("a", JAN_2026, graph, NAMES);
        assertThat(answer.status()).isEqualTo(AnsweringStatus.SUCCESSION_DATE_UNKNOWN);
        assertThat(units(answer)).containsExactly("a []", "b [b]");
        assertThat(answer.explanation())
                .isEqualTo("On 2026-01-01 either of 2 units may answer for UBND A, because a source states a succession"
                        + " without saying since when: UBND A as assigned; or UBND B (its duties passed wholly to UBND B"
                        + " from a date no source states (src, Điều 1, khoản 1)).");
    }

    @Test
    void aCycleIsWalkedOnceAndEnds() {
        var graph = Map.of("a", List.of(to("b", JULY_2025)), "b", List.of(to("a", JAN_2026)));
        var answer = WhoAnswers.answer("a", JAN_2026, graph, NAMES);
        assertThat(units(answer)).containsExactly("b [b]");
        assertThat(answer.truncated()).isFalse();
    }

    @Test
    void aChainLongerThanTheBoundIsCutAndSaysSo() {
        var graph = new java.util.HashMap<String, List<Succession>>();
        for (int i = 0; i < WhoAnswers.MAX_STEPS + 2; i++) {
            graph.put("u" + i, List.of(to("u" + (i + 1), JULY_2025)));
        }
        var answer = WhoAnswers.answer("u0", JAN_2026, graph, NAMES);
        assertThat(answer.truncated()).isTrue();
        assertThat(units(answer)).containsExactly("u10 [u1, u2, u3, u4, u5, u6, u7, u8, u9, u10]");
    }

    private static Succession to(String key, LocalDate since) {
        return new Succession(key, since, null, SuccessionShare.WHOLE, null, provenance());
    }

    private static Succession part(String key) {
        return new Succession(key, JULY_2025, null, SuccessionShare.PARTIAL, null, provenance());
    }

    private static List<Provenance> provenance() {
        return List.of(new Provenance("src", "Điều 1, khoản 1", "…", "1", "src.txt"));
    }

    /** "key [chain keys]". */
    private static List<String> units(Answering a) {
        return a.units().stream()
                .map(u -> u.agencyKey() + " "
                        + u.chain().stream().map(Succession::agencyKey).toList())
                .toList();
    }
}
