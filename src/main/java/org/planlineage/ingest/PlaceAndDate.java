package org.planlineage.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a header's place and date line in either form: "TP. Vĩnh Long, ngày 21 tháng 7 năm 2023" or "Vĩnh Long,
 * 05/3/2024"; a cell that is only a date ("ngày 21 tháng 7 năm 2023") gives a date without a place.
 */
final class PlaceAndDate {

    private static final Pattern PLACE_DATE =
            Pattern.compile("(?<place>\\p{L}[\\p{L}.\\s]*?)\\s*,\\s*(?<date>" + Dates.ANY.pattern() + ")");
    private static final Pattern DATE_ONLY = Pattern.compile("^(?<date>ngày\\s*" + Dates.ANY.pattern() + ")");

    /** Place (null when not written) and date. */
    record Found(Read<String> place, Read<LocalDate> date) {}

    private PlaceAndDate() {}

    /** The first place and date line among the cells, or null. */
    static Found find(List<NumberLine.Cell> cells, List<Warning> warnings) {
        for (NumberLine.Cell cell : cells) {
            Matcher m = PLACE_DATE.matcher(cell.text());
            boolean withPlace = m.find();
            if (!withPlace) {
                m = DATE_ONLY.matcher(cell.text().strip());
                if (!m.find()) {
                    continue;
                }
            }
            LineRange lines = LineRange.of(cell.line());
            Read<String> place = null;
            if (withPlace) {
                String words = m.group("place").strip();
                place = new Read<>(words, words, lines);
            }
            return new Found(place, date(m, m.group("date").strip(), lines, warnings));
        }
        return null;
    }

    /** The date a match of {@link Dates#ANY} (groups d, m, y) reads, with its words, warning if it is no date. */
    static Read<LocalDate> date(Matcher m, String words, LineRange lines, List<Warning> warnings) {
        Dates.Parsed parsed = Dates.parse(m);
        Warning w = Dates.warning(parsed, words, lines);
        if (w != null) {
            warnings.add(w);
        }
        return new Read<>(parsed.date(), words, lines);
    }
}
