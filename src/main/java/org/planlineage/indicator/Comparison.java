package org.planlineage.indicator;

import java.util.List;
import org.planlineage.agency.AdminLevel;
import org.planlineage.document.Document;

/** The {@code Comparison} result: every entry of an indicator side by side, and verdicts for pairs of levels. */
public record Comparison(Indicator indicator, List<Entry> entries, List<Pair> pairs) {

    /** One item's target for one year. */
    public record Entry(PlanItem item, Document document, AdminLevel level, int year, Target target) {}

    /** How the lower level's entry stands against the upper level's, for one year. */
    public record Pair(int year, Entry lower, Entry upper, Verdict verdict, String explanation) {}
}
