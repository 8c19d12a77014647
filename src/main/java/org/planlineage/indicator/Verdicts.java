package org.planlineage.indicator;

/**
 * How one target stands against another, with the comparator semantics the analysts rely on: a target is a floor to
 * reach ("80%" and "≥80%" both ask for at least 80; "Duy trì 100%" keeps a floor of 100), "&gt;70%" asks for more
 * than "70%", a ceiling ("&lt;5%") asks for more the lower it is. Two texts with the same words ask for the same
 * ("Thường xuyên" and "Thường xuyên"); other texts are not comparable, with each other or with a number. Two numbers
 * compare only over comparable scopes ({@link ComparableScopes}) and only as rates: a count ("3 sản phẩm") is over
 * its own plan's territory, of which the lower level's is a part. The rules are stated in graph-seed/README.md
 * (rule 5), and every explanation says which one decided.
 */
final class Verdicts {

    record Outcome(Verdict verdict, String explanation) {}

    private Verdicts() {}

    /** How {@code lower}'s target (the lower administrative level) stands against {@code upper}'s. */
    static Outcome compare(Target lower, Target upper) {
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
            String why = text.parts().size() > 1 ? "holds several values" : "is not a number";
            return new Outcome(
                    Verdict.NOT_COMPARABLE,
                    quote(text) + " " + why + ", so it cannot be set against " + quote(text == lower ? upper : lower));
        }
        if (lower.unit() != upper.unit()) {
            return new Outcome(
                    Verdict.NOT_COMPARABLE, quote(lower) + " and " + quote(upper) + " measure different units");
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
        String over = scopes.why() == null ? "" : " (comparable scopes: " + scopes.why() + ")";
        boolean lowerFloor = lower.comparator().isFloor();
        if (lowerFloor != upper.comparator().isFloor()) {
            return new Outcome(
                    Verdict.NOT_COMPARABLE,
                    quote(lower) + " and " + quote(upper) + " bound the outcome from different sides");
        }
        int demand = Double.compare(lower.value(), upper.value());
        if (demand == 0) {
            demand = Boolean.compare(
                    lower.comparator().isStrict(), upper.comparator().isStrict());
        }
        if (!lowerFloor) {
            demand = -demand; // a ceiling asks for more the lower it is
        }
        if (demand == 0) {
            return new Outcome(Verdict.SAME, quote(lower) + " and " + quote(upper) + " ask for the same" + over);
        }
        return demand > 0
                ? new Outcome(Verdict.HIGHER, quote(lower) + " asks for more than " + quote(upper) + over)
                : new Outcome(Verdict.LOWER, quote(lower) + " asks for less than " + quote(upper) + over);
    }

    private static boolean isText(Target t) {
        return t.parts().isEmpty() && t.unit() == TargetUnit.TEXT;
    }

    private static String quote(Target t) {
        return "\"" + t.raw() + "\"";
    }
}
