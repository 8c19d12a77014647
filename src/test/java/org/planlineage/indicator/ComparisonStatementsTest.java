package org.planlineage.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planlineage.document.Document;

/**
 * Compare's statement texts, built once per shape of selection (plain Java, no database): equal selections get the
 * identical text, selections that read differently get different texts, and selections that read the same (the
 * breakdowns imply the parts) share one.
 */
class ComparisonStatementsTest {

    /** The 16 selections a request can make. */
    private static List<ComparisonSelection> all() {
        var all = new ArrayList<ComparisonSelection>();
        for (int bits = 0; bits < 16; bits++) {
            all.add(new ComparisonSelection((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0));
        }
        return all;
    }

    @Test
    void equalSelectionsGetTheIdenticalTextBuiltOnce() {
        var statements = new ComparisonStatements();
        for (var selection : all()) {
            var equal = new ComparisonSelection(
                    selection.items(), selection.documents(), selection.breakdowns(), selection.parts());
            var shape = ComparisonStatements.Shape.of(selection);
            assertThat(statements.country(equal))
                    .isSameAs(statements.country(selection))
                    .isEqualTo(ComparisonStatements.countryText(shape));
            assertThat(statements.area(equal))
                    .isSameAs(statements.area(selection))
                    .isEqualTo(ComparisonStatements.areaText(shape));
            assertThat(statements.area(selection)).isNotEqualTo(statements.country(selection));
        }
    }

    @Test
    void selectionsThatReadDifferentlyGetDifferentTexts() {
        var statements = new ComparisonStatements();
        for (var a : all()) {
            for (var b : all()) {
                boolean readTheSame = a.items() == b.items()
                        && a.documents() == b.documents()
                        // the targets' width: the breakdowns (which carry the parts), else the parts, else a count
                        && (a.breakdowns() ? 2 : a.parts() ? 1 : 0) == (b.breakdowns() ? 2 : b.parts() ? 1 : 0);
                if (readTheSame) {
                    assertThat(statements.country(a)).isSameAs(statements.country(b));
                    assertThat(statements.area(a)).isSameAs(statements.area(b));
                } else {
                    assertThat(statements.country(a)).isNotEqualTo(statements.country(b));
                    assertThat(statements.area(a)).isNotEqualTo(statements.area(b));
                }
            }
        }
        assertThat(all().stream().map(statements::country).distinct()).hasSize(12);
        assertThat(all().stream().map(statements::area).distinct()).hasSize(12);
    }

    @Test
    void theNarrowestReadsRowsAndDocumentsByKeyAndTheWidestInFull() {
        var statements = new ComparisonStatements();
        String narrow = statements.country(new ComparisonSelection(false, false, false, false));
        assertThat(narrow)
                .contains("[p.key, p.position] AS item, [d.key, d.level] AS document")
                .contains(TargetLists.COUNTED.projection() + " AS m")
                .doesNotContain(PlanItem.PROJECTION, Document.PROJECTION);
        String wide = statements.area(ComparisonSelection.FULL);
        assertThat(wide)
                .contains(PlanItem.PROJECTION + " AS item, " + Document.PROJECTION + " AS document")
                .contains(TargetLists.FULL.projection() + " AS m")
                .contains("OPTIONAL MATCH (w:Agency {key: $within})");
    }
}
