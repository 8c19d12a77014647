package org.planlineage.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlineage.agency.AdminLevel;
import org.planlineage.graphql.ApiException;

/**
 * The whole comparison (no {@code within}) counts its pairs before making them and is refused past the answer-size
 * bound (at scale 1 the pairs ran a 2 GB heap out); the count is exactly the pairs the comparison would make: every
 * entry of a year with every entry of a level above it. Plain Java.
 */
class WholeComparisonBoundTest {

    @Test
    void oneYearMakesEveryEntryWithEveryEntryAboveIt() {
        // province-district 2 x 3, province-commune 2 x 5, district-commune 3 x 5; nothing within one level
        assertThat(ComparisonService.pairsOf(
                        Map.of(AdminLevel.PROVINCE, 2L, AdminLevel.DISTRICT, 3L, AdminLevel.COMMUNE, 5L)))
                .isEqualTo(6 + 10 + 15);
        assertThat(ComparisonService.pairsOf(Map.of(
                        AdminLevel.NATIONAL, 1L,
                        AdminLevel.PROVINCE, 2L,
                        AdminLevel.DISTRICT, 3L,
                        AdminLevel.COMMUNE, 5L)))
                .isEqualTo(2 + 3 + 5 + 6 + 10 + 15);
        assertThat(ComparisonService.pairsOf(Map.of(AdminLevel.COMMUNE, 1000L))).isZero();
    }

    @Test
    void pastTheBoundTheComparisonIsRefusedNamingTheCountAndTheWayToNarrowIt() {
        // 2024: 2 province entries and 3 district entries (6 pairs); 2025: one of each (1 pair)
        var years = List.of(
                entries(2024, AdminLevel.PROVINCE, 2, AdminLevel.DISTRICT, 3),
                entries(2025, AdminLevel.PROVINCE, 1, AdminLevel.DISTRICT, 1));

        assertThatNoException().isThrownBy(() -> ComparisonService.refusePastTheBound("k", years, 7));
        var refused = catchThrowableOfType(
                ApiException.class, () -> ComparisonService.refusePastTheBound("ty-le-x", years, 6));
        assertThat(refused.classification()).isEqualTo(ApiException.Classification.BAD_REQUEST);
        assertThat(refused.getMessage())
                .isEqualTo("Comparing 'ty-le-x' across the whole country would make 7 pairs, more than an answer may"
                        + " hold (app.graphql.max-answer-fields: 6); narrow it with 'within' (a province, district or"
                        + " commune) or 'years'");
        assertThat(refused.extensions())
                .isEqualTo(Map.of("limit", "app.graphql.max-answer-fields", "pairs", 7L, "bound", 6L));
    }

    private static List<Comparison.Entry> entries(
            int year, AdminLevel upper, int uppers, AdminLevel lower, int lowers) {
        var entries = new ArrayList<Comparison.Entry>();
        for (int i = 0; i < uppers; i++) {
            entries.add(new Comparison.Entry(null, null, upper, year, null));
        }
        for (int i = 0; i < lowers; i++) {
            entries.add(new Comparison.Entry(null, null, lower, year, null));
        }
        return entries;
    }
}
