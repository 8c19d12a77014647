package org.planlineage.indicator;

/**
 * How a target's number bounds the outcome; the SDL's {@code Comparator}. Which side it bounds from (a floor or a
 * ceiling) and whether the bound itself is excluded are what {@link Verdicts} compares.
 */
public enum Comparator {
    /** A plain value ("80%"): a floor to reach. */
    EQ(true, false),
    /** More than (">80%", "trên 80%"). */
    GT(true, true),
    /** At least ("≥80%", "tối thiểu 80%"). */
    GTE(true, false),
    /** Less than ("<5%", "dưới 5%"). */
    LT(false, true),
    /** At most ("≤5%", "tối đa 5%"). */
    LTE(false, false);

    private final boolean floor;
    private final boolean strict;

    Comparator(boolean floor, boolean strict) {
        this.floor = floor;
        this.strict = strict;
    }

    /** True when the value is a floor to reach (EQ, GT, GTE); false for a ceiling (LT, LTE). */
    public boolean isFloor() {
        return floor;
    }

    /** True when the value itself is excluded (GT, LT). */
    public boolean isStrict() {
        return strict;
    }
}
