package org.planlineage.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.planlineage.document.DocumentType;

/**
 * Reads a document's header: the number ({@link NumberLine}), the issuer's block of capitals at the top left, the
 * place and date line ({@link PlaceAndDate}), the type heading and the title with the authority line
 * ({@link TitleReader}). The header is looked for above the first statement ("Căn cứ ...", "Thực hiện ...") and
 * within the first 60 lines. A text with none of these has no header: one NO_HEADER warning, nothing else.
 */
final class HeaderReader {

    private static final int REACH = 60;

    /** The header and the first line after it (where the opening starts). */
    record Result(Header header, int bodyStart) {}

    private HeaderReader() {}

    static Result read(SourceText text, List<Warning> warnings) {
        int limit = Math.min(text.lineCount(), REACH);
        for (int n = 1; n <= limit; n++) {
            if (Lines.trigger(text.line(n)) != null) {
                limit = n - 1;
                break;
            }
        }
        int heading = 0;
        for (int n = 1; n <= limit && heading == 0; n++) {
            heading = Lines.isTypeHeading(text.line(n)) ? n : 0;
        }
        int top = heading > 0 ? heading - 1 : limit;
        List<Warning> own = new ArrayList<>();
        NumberLine.Found number = NumberLine.find(text, top, own);
        List<NumberLine.Cell> cells = new ArrayList<>(number.cells());
        for (int n = 1; n <= top; n++) {
            for (String cell : text.columns(n)) {
                cells.add(new NumberLine.Cell(cell, n));
            }
        }
        PlaceAndDate.Found placeAndDate = PlaceAndDate.find(cells, own);
        Read<LocalDate> date = placeAndDate != null ? placeAndDate.date() : number.date();
        Read<List<String>> issuer = issuer(text, number.line() > 0 ? number.line() - 1 : top);
        TitleReader.Result title = TitleReader.read(text, heading);
        Read<DocumentType> type = type(text, heading, number.number(), own);
        Header header = new Header(
                number.number(),
                type,
                issuer,
                placeAndDate == null ? null : placeAndDate.place(),
                date,
                title.title(),
                title.authority());
        if (header.isEmpty()) {
            warnings.add(Warning.of(
                    Warning.Kind.NO_HEADER,
                    "the text has no header: no \"Số:\" line, no type heading, no place and date line",
                    null,
                    null));
            return new Result(Header.NONE, 1);
        }
        if (number.number() == null) {
            own.add(Warning.of(Warning.Kind.NO_NUMBER, "no \"Số:\" line and no number elsewhere", null, null));
        }
        if (date == null) {
            own.add(Warning.of(Warning.Kind.NO_DATE, "no place and date line", null, null));
        }
        if (issuer == null) {
            own.add(Warning.of(Warning.Kind.NO_ISSUER_LINES, "no block of capitals above the number", null, null));
        }
        warnings.addAll(own);
        int dateLine = date == null || number.line() == 0 && placeAndDate == null
                ? 0
                : date.lines().to();
        return new Result(header, Math.max(title.end(), Math.max(number.line(), dateLine)) + 1);
    }

    private static Read<List<String>> issuer(SourceText text, int above) {
        List<String> lines = new ArrayList<>();
        int first = 0;
        int last = 0;
        for (int n = 1; n <= above; n++) {
            List<String> cells = text.columns(n);
            if (cells.isEmpty() || Lines.isMottoOrRule(cells.get(0)) || !Lines.isCapitals(cells.get(0))) {
                continue;
            }
            lines.add(cells.get(0));
            first = first == 0 ? n : first;
            last = n;
        }
        return lines.isEmpty()
                ? null
                : new Read<>(List.copyOf(lines), String.join(" / ", lines), new LineRange(first, last));
    }

    private static Read<DocumentType> type(SourceText text, int heading, Read<String> number, List<Warning> own) {
        String num = number == null ? null : number.words();
        DocumentType byNumber = DocumentTypes.ofNumber(num);
        if (heading == 0) {
            if (number == null) {
                return null;
            }
            own.add(Warning.of(
                    Warning.Kind.NO_TYPE_HEADING,
                    "no type heading: the type is read from the number's form",
                    num,
                    number.lines()));
            return byNumber == null ? null : new Read<>(byNumber, num, number.lines());
        }
        String words = text.line(heading);
        DocumentType byHeading = DocumentTypes.ofWords(words, num);
        if (byNumber != null && byHeading != byNumber) {
            own.add(Warning.of(
                    Warning.Kind.TYPE_MISMATCH,
                    "the heading says " + byHeading + ", the number's form " + byNumber + "; the heading is kept",
                    words + " / " + num,
                    LineRange.of(heading)));
        }
        return new Read<>(byHeading, words, LineRange.of(heading));
    }
}
