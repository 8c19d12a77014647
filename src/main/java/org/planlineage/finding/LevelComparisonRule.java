package org.planlineage.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.neo4j.driver.Value;
import org.planlineage.graph.GraphReads;
import org.planlineage.indicator.Target;
import org.planlineage.indicator.Verdict;
import org.planlineage.indicator.Verdicts;
import org.springframework.stereotype.Component;

/**
 * WEAKER_THAN_UPPER and STRONGER_THAN_UPPER: exactly the pairs of {@code compare} whose verdict is LOWER or HIGHER.
 * Every indicator set by rows at two levels gives, for each year both set, each pair of a lower-level row and an
 * upper-level row; {@link Verdicts#compare} decides, with the same rules as {@code compare}.
 */
@Component
class LevelComparisonRule implements FindingRule {

    /** Every indicator: a pass over the indicators and the rows that set them. */
    private static final String ALL = "MATCH (i:Indicator)";

    /** The indicators the document's rows set, found from the document's key (unique index). */
    private static final String OF_DOCUMENT = """
            MATCH (:Document {key: $document})<-[:SET_IN]-(:PlanItem)-[:SETS]->(i:Indicator)
            WITH DISTINCT i""";

    private static final String PAIRS = """
            // each row that sets the indicator, with its document: the lower side of a pair
            MATCH (i)<-[:SETS]-(p:PlanItem)-[:SET_IN]->(d:Document)
            // and each row of a document at a higher level: the upper side
            MATCH (i)<-[:SETS]-(up:PlanItem)-[:SET_IN]->(ud:Document)
            WHERE %s > %s
            // the years both set a target for; only cells read as one number can be LOWER or HIGHER
            MATCH (p)-[:HAS_TARGET]->(t:Target)
            WHERE t.value IS NOT NULL AND ($year IS NULL OR t.year = $year)
            MATCH (up)-[:HAS_TARGET]->(ut:Target {year: t.year})
            WHERE ut.value IS NOT NULL
            RETURN i.key AS indicator, i.name AS name, %s AS lower, %s AS lowerDocument, properties(t) AS lowerTarget,
                   %s AS upper, %s AS upperDocument, properties(ut) AS upperTarget,
                   %s AS leads
            """.formatted(
                    FindingRule.rank("d"),
                    FindingRule.rank("ud"),
                    Refs.ITEM,
                    Refs.DOCUMENT,
                    Refs.of(Refs.ITEM, "up"),
                    Refs.of(Refs.DOCUMENT, "ud"),
                    Refs.units("LEAD"));

    private final GraphReads reads;

    LevelComparisonRule(GraphReads reads) {
        this.reads = reads;
    }

    @Override
    public Set<FindingKind> kinds() {
        return Set.of(FindingKind.WEAKER_THAN_UPPER, FindingKind.STRONGER_THAN_UPPER);
    }

    @Override
    public List<Finding> find(Scope scope) {
        return reads
                .query((scope.document() == null ? ALL : OF_DOCUMENT) + "\n" + PAIRS)
                .bind("document", scope.document())
                .bind("year", scope.year())
                .bind("levels", LEVELS)
                .list(r -> Pair.from(r))
                .stream()
                .map(LevelComparisonRule::finding)
                .filter(Objects::nonNull)
                .toList();
    }

    /** A lower-level row's target and an upper-level row's for the same indicator and year. */
    private record Pair(
            String indicator,
            String name,
            Refs.Item lower,
            Refs.Doc lowerDoc,
            Target lowerTarget,
            Refs.Item upper,
            Refs.Doc upperDoc,
            Target upperTarget,
            List<Refs.Unit> leads) {

        static Pair from(GraphReads.Row r) {
            var lower = Refs.Item.from(r.get("lower"));
            var upper = Refs.Item.from(r.get("upper"));
            return new Pair(
                    r.get("indicator").asString(),
                    r.get("name").asString(),
                    lower,
                    Refs.Doc.from(r.get("lowerDocument")),
                    Target.from(lower.key(), r.get("lowerTarget")),
                    upper,
                    Refs.Doc.from(r.get("upperDocument")),
                    Target.from(upper.key(), r.get("upperTarget")),
                    r.get("leads").asList((Value v) -> Refs.Unit.from(v)));
        }
    }

    /** The finding a pair gives, or null when the verdict is SAME or NOT_COMPARABLE. */
    private static Finding finding(Pair pair) {
        var lower = pair.lower();
        var lowerDoc = pair.lowerDoc();
        var upper = pair.upper();
        var upperDoc = pair.upperDoc();
        var leads = pair.leads();
        String indicator = pair.indicator();
        String name = pair.name();
        Target lowerTarget = pair.lowerTarget();
        var outcome = Verdicts.compare(lowerTarget, pair.upperTarget());
        if (outcome.verdict() != Verdict.LOWER && outcome.verdict() != Verdict.HIGHER) {
            return null;
        }
        boolean weaker = outcome.verdict() == Verdict.LOWER;
        FindingKind kind = weaker ? FindingKind.WEAKER_THAN_UPPER : FindingKind.STRONGER_THAN_UPPER;
        int year = lowerTarget.year();
        String sentence = "For " + year + ", " + lower.label(lowerDoc) + " (" + levelWords(lowerDoc) + leadWords(leads)
                + ") asks for " + (weaker ? "less" : "more") + " than " + upper.label(upperDoc) + " ("
                + levelWords(upperDoc) + ") on \"" + name + "\": " + outcome.explanation()
                + (outcome.strictnessOnly() ? ", the same value where only the bound's strictness differs" : "") + ".";
        Severity severity = weaker ? (outcome.strictnessOnly() ? Severity.LOW : Severity.HIGH) : Severity.INFO;
        return new Finding(
                kind.name() + "/" + year + "/" + lower.key() + "/" + upper.key(),
                kind,
                severity,
                sentence,
                year,
                lowerDoc.key(),
                lowerDoc.level(),
                List.of(lowerDoc.key(), upperDoc.key()),
                List.of(lower.key(), upper.key()),
                leads.stream().map(Refs.Unit::key).toList(),
                indicator,
                outcome.strictnessOnly(),
                List.of(),
                lower.position());
    }

    private static String leadWords(List<Refs.Unit> leads) {
        if (leads.isEmpty()) {
            return "";
        }
        var names = new ArrayList<String>();
        leads.forEach(u -> names.add(u.name()));
        return "; led by " + String.join(", ", names);
    }

    private static String levelWords(Refs.Doc d) {
        return d.level() == null
                ? "a document of unknown level"
                : d.level().name().toLowerCase() + " level";
    }
}
