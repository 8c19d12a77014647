package org.planlineage.indicator;

/**
 * How one target stands against another, with the comparator semantics the analysts rely on: a target is a floor to
 * reach ("80%" and "≥80%" both ask for at least 80; "Duy trì 100%" keeps a floor of 100), "&gt;70%" asks for more
 * than "70%", a ceiling ("&lt;5%") asks for more the lower it is. Two texts with the same words ask for the same
 * ("Thường xuyên" and "Thường xuyên"); other texts are not comparable, with each other or with a number.
 *
 * <p>Across levels ({@link #compare}), two numbers compare only over comparable scopes ({@link ComparableScopes}) and
 * only as rates: a count ("3 sản phẩm") is over its own plan's territory, of which the lower level's is a part. Within
 * one row ({@link #withinRow}: a later year against an earlier one, a target against a reported result) the territory
 * and the population are the row's own, so counts compare too. The rules are stated in graph-seed/README.md (rule 5)
 * and docs/findings.md, and every explanation says which one decided.
 */
public final class Verdicts {

    /**
     * A verdict and the words that say why. {@code strictnessOnly} is true when the two differ only in whether the
     * bound itself counts: "70%" against "&gt;70%".
     */
    public record Outcome(Verdict verdict, String explanation, boolean strictnessOnly) {
        Outcome(Verdict verdict, String explanation) {
            this(verdict, explanation, false);
        }
    }

    private Verdicts() {}

    /** How {@code lower}'s target (the lower administrative level) stands against {@code upper}'s. */
    public static Outcome compare(Target lower, Target upper) {
        Outcome notNumbers = unlessNumbers(lower, upper);
        if (notNumbers != null) {
            return notNumbers;
        }
        if (lower.unit() != TargetUnit.PERCENT) {
            return new Outcome(
                    Verdict.NOT_COMPARABLE,
                    quote(lower) + " and " + quote(upper) + " are "
                            + (lower.unit() == TargetUnit.COUNT ? "counts" : "amounts")
                            + ", each over its own plan's territory, and the lower level's territory is part of the "
                            + "upper level's: only rates compare across levels");
        }
        var scopes = ComparableScopes.check(lower, upper);
        if (!scopes.comparable()) {
            return new Outcome(Verdict.NOT_COMPARABLE, scopes.why());
        }
        return byDemand(lower, upper, scopes.why() == null ? "" : " (comparable scopes: " + scopes.why() + ")");
    }

    /**
     * How {@code later} stands against {@code earlier} in the same row: a later year's target against an earlier
     * year's, or a target against a result already reported. LOWER means {@code later} asks for less. The row names
     * the population, so counts compare and a scope named on one side only does not stop the comparison; two scopes
     * must name the same thing ({@link ComparableScopes#checkWithinRow}).
     */
    public static Outcome withinRow(Target later, Target earlier) {
        Outcome notNumbers = unlessNumbers(later, earlier);
        if (notNumbers != null) {
            return notNumbers;
        }
        var scopes = ComparableScopes.checkWithinRow(later, earlier);
        if (!scopes.comparable()) {
            return new Outcome(Verdict.NOT_COMPARABLE, scopes.why());
        }
        return byDemand(later, earlier, "");
    }

    /** The verdict when the two are not both single numbers of one unit; null when they are. */
    private static Outcome unlessNumbers(Target lower, Target upper) {
        if (isText(lower) && isText(upper)) {
            return ComparableScopes.words(lower.raw()).equals(ComparableScopes.words(upper.raw()))
                    ? new Outcome(
                            Verdict.SAME, quote(lower) + " and " + quote(upper) + " say the same words: the same task")
                    : new Outcome(
                            Verdict.NOT_COMPARABLE,
                            quote(lower) + " and " + quote(upper) + " are different texts, neither a number");
        }
        if (!lower.isSingleNumber() || !upper.isSingleNumber()) {
            Target text = !lower.isSingleNumber() ? lower : upper;
            String why = text.partCount() > 1 ? "holds several values" : "is not a number";
            return new Outcome(
                    Verdict.NOT_COMPARABLE,
                    quote(text) + " " + why + ", so it cannot be set against " + quote(text == lower ? upper : lower));
        }
        if (lower.unit() != upper.unit()) {
            return new Outcome(
                    Verdict.NOT_COMPARABLE, quote(lower) + " and " + quote(upper) + " measure different units");
        }
        return null;
    }

    /** Two comparable numbers: which asks for more, a floor by its value, a ceiling the other way round. */
    private static Outcome byDemand(Target lower, Target upper, String over) {
        boolean lowerFloor = lower.comparator().isFloor();
        if (lowerFloor != upper.comparator().isFloor()) {
            return new Outcome(
                    Verdict.NOT_COMPARABLE,
                    quote(lower) + " and " + quote(upper) + " bound the outcome from different sides");
        }
        int demand = Double.compare(lower.value(), upper.value());
        boolean strictnessOnly = false;
        if (demand == 0) {
            demand = Boolean.compare(
                    lower.comparator().isStrict(), upper.comparator().isStrict());
            strictnessOnly = demand != 0;
        }
        if (!lowerFloor) {
            demand = -demand; // a ceiling asks for more the lower it is
        }
        if (demand == 0) {
            return new Outcome(Verdict.SAME, quote(lower) + " and " + quote(upper) + " ask for the same" + over);
        }
        return demand > 0
                ? new Outcome(
                        Verdict.HIGHER, quote(lower) + " asks for more than " + quote(upper) + over, strictnessOnly)
                : new Outcome(
                        Verdict.LOWER, quote(lower) + " asks for less than " + quote(upper) + over, strictnessOnly);
    }

    private static boolean isText(Target t) {
        return t.partCount() == 0 && t.unit() == TargetUnit.TEXT;
    }

    private static String quote(Target t) {
        return "\"" + t.raw() + "\"";
    }
}
