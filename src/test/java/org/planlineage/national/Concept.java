package org.planlineage.national;

import org.planlineage.indicator.Pillar;

/**
 * One thing plans set targets for (a chỉ tiêu or a nhiệm vụ), as a text that each level words for itself: {@code
 * {db}} becomes "trên địa bàn tỉnh", "trên địa bàn xã", ...; {@code {cap}} "cấp tỉnh", "cấp huyện", "cấp xã"; {@code
 * {w}} the place's word ("tỉnh", "quận", "phường"). The {@link Measure} says what its cells look like, {@code lead}
 * which office answers for it, {@code basis} the national document a row may cite as its legal basis (or null).
 */
record Concept(String slug, Pillar pillar, String text, Measure measure, Office lead, String basis) {

    /** What a concept's cells hold. */
    sealed interface Measure {}

    /** A rate: {@code base} percent in 2023 at province level, rising by about {@code step} a year. */
    record Percent(int base, int step) implements Measure {}

    /** A count of {@code word} ("lớp", "tin, bài"): about {@code base} for a commune in 2023, more higher up. */
    record Count(String word, int base) implements Measure {}

    /** A task without a number: its cells are words ("Thường xuyên", "Hoàn thành"). */
    record Task(String... cells) implements Measure {}

    /** The row's text as a plan of this place words it. */
    String wordedFor(AdminMap.Place place) {
        String level = switch (place.level()) {
            case PROVINCE -> "cấp tỉnh";
            case DISTRICT -> "cấp huyện";
            default -> "cấp xã";
        };
        return tidy(text.replace("{db}", "trên địa bàn " + place.word())
                .replace("{cap}", level)
                .replace("{w}", place.word()));
    }

    /** The indicator's name: the text without any level's words. */
    String neutral() {
        return tidy(text.replace("{db}", "").replace("{cap}", "").replace("{w}", "địa phương"));
    }

    private static String tidy(String s) {
        return s.replaceAll("\\s+", " ").replace(" ,", ",").strip();
    }
}
