package org.planlineage.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The comparator semantics of the contract: how the lower level's target stands against the upper level's. */
class VerdictsTest {

    @ParameterizedTest(name = "\"{0}\" against \"{1}\" is {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "70%          | >70%         | LOWER",
                ">70%         | 70%          | HIGHER",
                "80%          | 80%          | SAME",
                "≥80%         | tối thiểu 80% | SAME",
                "80%          | ≥80%         | SAME",
                "95%          | >90%         | HIGHER",
                "50%          | 100%         | LOWER",
                "> 50%        | >50%         | SAME",
                "tối đa 5%    | tối đa 10%   | HIGHER",
                "Thường xuyên | 80%          | NOT_COMPARABLE",
                "80%          | Thường xuyên | NOT_COMPARABLE",
                "20% 40%      | 20%          | NOT_COMPARABLE",
                "03           | 3%           | NOT_COMPARABLE",
                "tối đa 5%    | 5%           | NOT_COMPARABLE",
            })
    void verdict(String lower, String upper, Verdict verdict) {
        assertThat(Verdicts.compare(target(lower), target(upper)).verdict()).isEqualTo(verdict);
    }

    private static Target target(String raw) {
        var p = TargetParser.parse(raw, TargetUnit.COUNT);
        return new Target("item", 2024, raw, p.comparator(), p.value(), p.unit(), p.scope(), List.of());
    }
}
