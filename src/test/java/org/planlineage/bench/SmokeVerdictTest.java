package org.planlineage.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What makes the runner's smoke mode fail (pure logic, no service): an answer that differs or errs, an error in the
 * warm-up or under load; and how {@code --smoke} is read among the {@code --name value} pairs.
 */
class SmokeVerdictTest {

    private final List<Workload> workloads = Workloads.all(Workloads.Keys.SEED);
    private final Workload up = workloads.get(0);
    private final Workload down = workloads.get(1);
    private final Report report = new Report("smoke", Path.of("plan-lineage.jar"), "", "");

    private static Load.Stats stats(long requests, long errors) {
        return new Load.Stats(1, requests, errors, 1.0, 2.0, 3.0, 4.0);
    }

    private void sound(Workload w) {
        report.same(w, "same (29 lines)");
        report.statements(w, 1.0);
        report.warmErrors(w, 0);
        report.measured(w, 1, List.of(stats(40, 0)), List.of(stats(90, 0)));
    }

    @Test
    void aRunWhereEveryAnswerAgreesAndNothingErredPasses() {
        workloads.forEach(this::sound);
        assertThat(report.failures()).isEmpty();
    }

    @Test
    void anAnswerThatDiffersOrErrsFailsTheRunNamingTheWorkload() {
        sound(up);
        report.same(down, "DIFFERENT (408 API lines, 410 raw lines)");
        report.warmErrors(down, 0);
        var erring = workloads.get(2);
        report.same(erring, "API error: [{\"message\":\"boom\"}]…");
        report.warmErrors(erring, 0);
        assertThat(report.failures())
                .containsExactly(
                        "lineage-down: DIFFERENT (408 API lines, 410 raw lines)",
                        "compare: API error: [{\"message\":\"boom\"}]…");
    }

    @Test
    void errorsInTheWarmUpOrUnderLoadFailTheRunThoughTheAnswersAgree() {
        report.same(up, "same (29 lines)");
        report.warmErrors(up, 3);
        report.same(down, "same (1908 lines)");
        report.warmErrors(down, 0);
        report.measured(down, 1, List.of(stats(40, 2)), List.of(stats(90, 0)));
        report.measured(down, 8, List.of(stats(40, 0)), List.of(stats(90, 1)));
        assertThat(report.failures())
                .containsExactly(
                        "lineage-up: 3 failed requests in the warm-up",
                        "lineage-down, 1 clients: 2 failed API requests, 0 failed Cypher requests under load",
                        "lineage-down, 8 clients: 0 failed API requests, 1 failed Cypher requests under load");
    }

    @Test
    void smokeIsAFlagAmongTheNameValuePairs() {
        assertThat(Bench.options(new String[] {"--store", "target/s", "--smoke", "--up", "kh-cds-2023-x00001:1"}))
                .isEqualTo(Map.of("store", "target/s", "smoke", "true", "up", "kh-cds-2023-x00001:1"));
        assertThatThrownBy(() -> Bench.options(new String[] {"--smoke", "--clients"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Options are --name value pairs; got [--smoke, --clients]");
    }
}
