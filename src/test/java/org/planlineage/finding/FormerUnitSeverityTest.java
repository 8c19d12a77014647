package org.planlineage.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.planlineage.agency.AdminLevel;
import org.planlineage.document.DocumentType;

/** How urgent a row assigned to a former unit is, from the two dates: the document's and the succession's. */
class FormerUnitSeverityTest {

    private static final LocalDate SINCE = LocalDate.of(2025, 7, 1);

    @Test
    void aPlanIssuedOnOrAfterTheSuccessionNamedAUnitAlreadyGone() {
        assertThat(FormerUnitRule.severity(issued(LocalDate.of(2025, 8, 1)), SINCE))
                .isEqualTo(Severity.HIGH);
        assertThat(FormerUnitRule.severity(issued(SINCE), SINCE)).isEqualTo(Severity.HIGH);
    }

    @Test
    void aPlanIssuedBeforeTheSuccessionWasOvertakenByIt() {
        assertThat(FormerUnitRule.severity(issued(LocalDate.of(2023, 7, 21)), SINCE))
                .isEqualTo(Severity.LOW);
    }

    @Test
    void withoutEitherDateItCannotBeTold() {
        assertThat(FormerUnitRule.severity(issued(LocalDate.of(2024, 1, 31)), null))
                .isEqualTo(Severity.MEDIUM);
        assertThat(FormerUnitRule.severity(issued(null), SINCE)).isEqualTo(Severity.MEDIUM);
    }

    private static Refs.Doc issued(LocalDate date) {
        return new Refs.Doc("d", "1/KH", DocumentType.PLAN, null, date, null, AdminLevel.DISTRICT);
    }
}
