package org.planlineage.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a document's own number: the "Số: ..." line of its header (the number read whole when it is broken over two
 * lines, "742/QĐ-" / "UBND"), or, when the text has none, the number in the words that attach an appendix to it
 * ("(Kèm theo Kế hoạch số ……../KH-VPUBND ngày … tháng 8 năm 2025"), with a warning that says so. A number whose
 * digits are left blank ("……../KH-VPUBND") is read as no number, with its words kept and a warning.
 */
final class NumberLine {

    private static final Pattern NUMBER_CELL = Pattern.compile("(?<![\\p{L}])Số\\s*:\\s*(?<num>\\S+)(?<rest>.*)$");
    private static final Pattern ATTACHED = Pattern.compile("\\(\\s*Kèm(?:\\s+theo)?\\s+\\p{L}+(?:\\s\\p{L}+)?"
            + "\\s+số\\s*(?<num>" + References.NUMBER + ")(?:\\s*,?\\s*(?<date>" + Dates.CITED + "))?");

    /** A cell of text on a line, where a place and date line may be. */
    record Cell(String text, int line) {}

    /**
     * @param number the number, or null when none is found
     * @param line   the "Số:" line (0 when none)
     * @param cells  the words after the number on that line, where the place and date usually are
     * @param date   the date given with an appendix's "Kèm theo" words, or null
     */
    record Found(Read<String> number, int line, List<Cell> cells, Read<java.time.LocalDate> date) {}

    private NumberLine() {}

    static Found find(SourceText text, int top, List<Warning> warnings) {
        for (int n = 1; n <= top; n++) {
            List<String> cells = text.columns(n);
            for (int c = 0; c < cells.size(); c++) {
                Matcher m = NUMBER_CELL.matcher(cells.get(c));
                if (!m.find()) {
                    continue;
                }
                String raw = m.group("num");
                int last = n;
                if (raw.matches(".*[\\p{L}\\d][-/]") && n < text.lineCount()) {
                    last = n + 1;
                    while (last < text.lineCount() && text.isBlank(last)) {
                        last++;
                    }
                    raw = raw + text.columns(last).get(0).split(" ")[0];
                }
                List<Cell> rest = new ArrayList<>(List.of(new Cell(m.group("rest"), n)));
                for (String cell : cells.subList(c + 1, cells.size())) {
                    rest.add(new Cell(cell, n));
                }
                return new Found(number(raw, new LineRange(n, last), warnings), n, rest, null);
            }
        }
        return attached(text, warnings);
    }

    private static Found attached(SourceText text, List<Warning> warnings) {
        for (int n = 1; n <= text.lineCount(); n++) {
            if (!text.line(n).contains("(Kèm")) {
                continue;
            }
            Passage p = text.passage(n, Math.min(n + 3, text.lineCount()));
            Matcher m = ATTACHED.matcher(p.text());
            if (!m.find()) {
                continue;
            }
            warnings.add(Warning.of(
                    Warning.Kind.NO_NUMBER,
                    "no \"Số:\" line: the number is read from the words that attach an appendix to this document",
                    p.words(m.start(), m.end()),
                    p.lines(m.start(), m.end())));
            Read<String> number = number(m.group("num"), p.lines(m.start("num"), m.end("num")), warnings);
            Read<java.time.LocalDate> date = null;
            if (m.group("date") != null) {
                LineRange lines = p.lines(m.start("date"), m.end("date"));
                Matcher d = Dates.ANY.matcher(m.group("date"));
                date = d.find() ? PlaceAndDate.date(d, m.group("date").strip(), lines, warnings) : null;
            }
            return new Found(number, 0, List.of(), date);
        }
        return new Found(null, 0, List.of(), null);
    }

    private static Read<String> number(String raw, LineRange lines, List<Warning> warnings) {
        boolean blank = !Character.isDigit(raw.charAt(0));
        if (blank) {
            warnings.add(Warning.of(Warning.Kind.NUMBER_BLANK, "the number is left blank", raw, lines));
        }
        return new Read<>(blank ? null : raw, raw, lines);
    }
}
