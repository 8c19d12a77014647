package org.planlineage.finding;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.neo4j.driver.Value;
import org.planlineage.graph.GraphReads;
import org.planlineage.indicator.Target;
import org.planlineage.indicator.TargetUnit;
import org.planlineage.indicator.Verdict;
import org.planlineage.indicator.Verdicts;
import org.springframework.stereotype.Component;

/**
 * TARGET_FALLS and TARGET_BELOW_RESULT, within one row of a target table (budget lines aside): each year's target set
 * against the row's targets and reported results of earlier years with {@link Verdicts#withinRow}. A year's target
 * that asks for less gives one finding per kind, against the latest earlier year it falls below.
 */
@Component
class RowRule implements FindingRule {

    private static final String ALL = "MATCH (d:Document)<-[:SET_IN]-(p:PlanItem)";
    private static final String OF_DOCUMENT = "MATCH (d:Document {key: $document})<-[:SET_IN]-(p:PlanItem)";

    private static final String VALUES = """
            WHERE p.kind <> 'BUDGET_LINE'
            // a year's target, and every target or result of the same row for an earlier year
            // only cells read as one number can ask for less (texts are the same or not comparable)
            MATCH (p)-[:HAS_TARGET]->(later:Target)
            WHERE later.value IS NOT NULL AND ($year IS NULL OR later.year = $year)
            MATCH (p)-[r:HAS_TARGET|HAS_RESULT]->(earlier:Target)
            WHERE earlier.year < later.year AND earlier.value IS NOT NULL
            RETURN %s AS item, %s AS document, %s AS leads,
                   properties(later) AS later, type(r) = 'HAS_RESULT' AS isResult, properties(earlier) AS earlier
            ORDER BY p.key, later.year, earlier.year
            """.formatted(Refs.ITEM, Refs.DOCUMENT, Refs.units("LEAD"));

    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private final GraphReads reads;

    RowRule(GraphReads reads) {
        this.reads = reads;
    }

    @Override
    public Set<FindingKind> kinds() {
        return Set.of(FindingKind.TARGET_FALLS, FindingKind.TARGET_BELOW_RESULT);
    }

    /** A year's target of a row and one earlier target or result of the same row. */
    private record Step(
            Refs.Item item, Refs.Doc document, List<Refs.Unit> leads, Target later, boolean isResult, Target earlier) {}

    @Override
    public List<Finding> find(Scope scope) {
        var steps = reads.query((scope.document() == null ? ALL : OF_DOCUMENT) + "\n" + VALUES)
                .bind("document", scope.document())
                .bind("year", scope.year())
                .list(r -> {
                    var item = Refs.Item.from(r.get("item"));
                    return new Step(
                            item,
                            Refs.Doc.from(r.get("document")),
                            r.get("leads").asList((Value v) -> Refs.Unit.from(v)),
                            Target.from(item.key(), r.get("later")),
                            r.get("isResult").asBoolean(),
                            Target.from(item.key(), r.get("earlier")));
                });
        // per row, year and kind: the latest earlier year the target falls below
        var latest = new LinkedHashMap<String, Step>();
        for (Step s : steps) {
            if (Verdicts.withinRow(s.later(), s.earlier()).verdict() == Verdict.LOWER) {
                latest.merge(
                        s.item().key() + "/" + s.later().year() + "/" + s.isResult(),
                        s,
                        (a, b) -> a.earlier().year() >= b.earlier().year() ? a : b);
            }
        }
        var findings = new ArrayList<Finding>();
        latest.values().forEach(s -> findings.add(finding(s)));
        findings.sort(Comparator.comparing(Finding::id));
        return findings;
    }

    private static Finding finding(Step s) {
        var outcome = Verdicts.withinRow(s.later(), s.earlier());
        FindingKind kind = s.isResult() ? FindingKind.TARGET_BELOW_RESULT : FindingKind.TARGET_FALLS;
        String earlierWords = s.isResult()
                ? "its " + s.earlier().year() + " result " + described(s.earlier())
                : "its own " + described(s.earlier()) + " for " + s.earlier().year();
        String sentence = Refs.capitalised(s.item().label(s.document())) + leads(s.leads()) + " sets "
                + described(s.later())
                + " for " + s.later().year() + ", "
                + (outcome.strictnessOnly()
                        ? "the same value as " + earlierWords + " but without its strict bound: it asks for less"
                        : "less than " + earlierWords)
                + ".";
        Severity severity = outcome.strictnessOnly()
                ? Severity.LOW
                : kind == FindingKind.TARGET_BELOW_RESULT ? Severity.HIGH : Severity.MEDIUM;
        return new Finding(
                kind.name() + "/" + s.later().year() + "/" + s.item().key() + "/"
                        + s.earlier().year(),
                kind,
                severity,
                sentence,
                s.later().year(),
                s.document().key(),
                s.document().level(),
                List.of(s.document().key()),
                List.of(s.item().key()),
                s.leads().stream().map(Refs.Unit::key).toList(),
                null,
                outcome.strictnessOnly(),
                List.of(),
                s.item().position());
    }

    /** The cell in quotes, and the value it was read as when the cell has words around its value. */
    static String described(Target t) {
        String quoted = "\"" + t.raw() + "\"";
        if (t.value() == null
                || t.comparator() == null
                || !LETTER.matcher(t.raw()).find()) {
            return quoted;
        }
        String symbol = switch (t.comparator()) {
            case EQ -> "";
            case GT -> ">";
            case GTE -> "≥";
            case LT -> "<";
            case LTE -> "≤";
        };
        var format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")));
        return quoted + " (read as " + symbol + format.format(t.value()) + (t.unit() == TargetUnit.PERCENT ? "%" : "")
                + ")";
    }

    private static String leads(List<Refs.Unit> leads) {
        return leads.isEmpty()
                ? ""
                : " (led by "
                        + String.join(", ", leads.stream().map(Refs.Unit::name).toList()) + ")";
    }
}
