package org.planlineage.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Vietnamese dates in both forms the documents use: "ngày 21 tháng 7 năm 2023" and "06/4/2023" (also
 * "ngày 06/4/2023", "21-7-2023"). A day left blank ("ngày … tháng 8 năm 2025", "ngày ... tháng") is read as no date,
 * never as a guessed one; so is a day or month that no calendar has ("31/02/2024").
 */
final class Dates {

    /** A date, "ngày" required: how citations write it. Groups d, m, y. */
    static final String CITED = "ngày\\s*" + body();

    /** A date, "ngày" optional: how a header's place and date line may write it ("Vĩnh Long, 05/3/2024"). */
    static final Pattern ANY = Pattern.compile("(?:ngày\\s*)?" + body());

    private Dates() {}

    private static String body() {
        return "(?<d>\\d{1,2}|[.…]+)\\s*(?:tháng|/|-)\\s*(?<m>\\d{1,2})\\s*(?:năm|/|-)\\s*(?<y>\\d{4})(?!\\d)";
    }

    /** What a matched date phrase says. */
    record Parsed(LocalDate date, boolean dayBlank, boolean invalid) {}

    /** Reads the groups d, m, y of a match of {@link #CITED} or {@link #ANY}. */
    static Parsed parse(Matcher m) {
        String day = m.group("d");
        if (!Character.isDigit(day.charAt(0))) {
            return new Parsed(null, true, false);
        }
        try {
            LocalDate date =
                    LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")), Integer.parseInt(day));
            return new Parsed(date, false, false);
        } catch (DateTimeException e) {
            return new Parsed(null, false, true);
        }
    }

    /** The warning a parsed date calls for, or null. */
    static Warning warning(Parsed parsed, String words, LineRange lines) {
        if (parsed.dayBlank()) {
            return Warning.of(Warning.Kind.DATE_DAY_BLANK, "the day is left blank: no date is given", words, lines);
        }
        if (parsed.invalid()) {
            return Warning.of(Warning.Kind.DATE_UNREADABLE, "no calendar has this date", words, lines);
        }
        return null;
    }
}
