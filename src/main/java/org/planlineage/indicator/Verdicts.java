package org.planlineage.indicator;

/**
 * How one target stands against another, with the comparator semantics the analysts rely on: a target is a floor to
 * reach ("80%" and "≥80%" both ask for at least 80; "Duy trì 100%" keeps a floor of 100), "&gt;70%" asks for more
 * than "70%", a ceiling ("&lt;5%") asks for more the lower it is, and text is not comparable with a number.
 */
final class Verdicts {

    record Outcome(Verdict verdict, String explanation) {}

    private Verdicts() {}

    /** How {@code lower}'s target (the lower administrative level) stands against {@code upper}'s. */
    static Outcome compare(Target lower, Target upper) {
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
            return new Outcome(Verdict.SAME, quote(lower) + " and " + quote(upper) + " ask for the same");
        }
        return demand > 0
                ? new Outcome(Verdict.HIGHER, quote(lower) + " asks for more than " + quote(upper))
                : new Outcome(Verdict.LOWER, quote(lower) + " asks for less than " + quote(upper));
    }

    private static String quote(Target t) {
        return "\"" + t.raw() + "\"";
    }
}
