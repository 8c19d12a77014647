package org.planlineage.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the stretches of a document where it states what it cites, in the order they come:
 *
 * <ul>
 *   <li>the opening: from the end of the header to "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:", the first article or the first
 *       section ("Phần I", "I. ...") — the preamble of a decision, the first paragraphs of a plan;
 *   <li>Article 1, for "Ban hành kèm theo ...";
 *   <li>each attached document (a type heading later in the text followed by "(Kèm theo ...)"): its title and opening;
 *   <li>each list under a heading "Căn cứ pháp lý" / "Căn cứ lập kế hoạch" (a heading, not a table column: the next
 *       line must be a list item or a reference), up to the next section or heading in capitals.
 * </ul>
 *
 * Anything else (the body, the tables, footnotes) is not read for citations.
 */
final class Layout {

    enum Kind {
        TITLE,
        OPENING,
        ARTICLE_1,
        BASIS_LIST
    }

    /** Lines {@code from}..{@code to} of one kind; {@code locator} names the part ("", or "KẾ HOẠCH HÀNH ĐỘNG kèm theo"). */
    record Zone(Kind kind, int from, int to, String locator) {}

    private static final Pattern BASIS_HEADING = Pattern.compile(
            "^(?:[IVXLC]+|\\d+|[a-zđ])?[.)]?\\s*căn cứ\\s+(?:pháp lý|lập kế hoạch|xây dựng kế hoạch|xây dựng|ban hành)\\s*:?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PART = Pattern.compile("^(?:Phần|PHẦN)\\s+(?:[IVXLC]+|\\d+)$");
    private static final int ATTACHMENT_REACH = 14;

    private final SourceText text;
    private final List<Zone> zones = new ArrayList<>();

    private Layout(SourceText text) {
        this.text = text;
    }

    /** The zones of a text whose header ends before {@code bodyStart}, in line order. */
    static List<Zone> of(SourceText text, Header header, int bodyStart) {
        Layout layout = new Layout(text);
        if (header.title() != null) {
            LineRange t = header.title().lines();
            layout.zones.add(new Zone(Kind.TITLE, t.from(), t.to(), ""));
        }
        int end = layout.openingEnd(bodyStart);
        layout.add(Kind.OPENING, bodyStart, end, "");
        layout.article1(end + 1);
        layout.attachments(end + 1);
        layout.basisLists();
        layout.zones.sort(Comparator.comparingInt(Zone::from));
        return List.copyOf(layout.zones);
    }

    private void add(Kind kind, int from, int to, String locator) {
        if (from <= to) {
            zones.add(new Zone(kind, from, to, locator));
        }
    }

    /** The last line of an opening that starts at {@code from}. */
    private int openingEnd(int from) {
        for (int n = from; n <= text.lineCount(); n++) {
            String line = text.line(n);
            if (Lines.isOperative(line)
                    || Lines.article(line) > 0
                    || Lines.isSection(line)
                    || Lines.isTypeHeading(line)
                    || BASIS_HEADING.matcher(line).matches()) {
                return n - 1;
            }
        }
        return text.lineCount();
    }

    private void article1(int from) {
        for (int n = from; n <= text.lineCount(); n++) {
            if (Lines.article(text.line(n)) == 1) {
                int to = n + 1;
                while (to <= text.lineCount() && !endsArticle(text.line(to))) {
                    to++;
                }
                add(Kind.ARTICLE_1, n, to - 1, "");
                return;
            }
        }
    }

    private static boolean endsArticle(String line) {
        return Lines.article(line) > 1 || Lines.isSection(line) || Lines.isTypeHeading(line);
    }

    private void attachments(int from) {
        for (int n = from; n <= text.lineCount(); n++) {
            if (!Lines.isTypeHeading(text.line(n))) {
                continue;
            }
            int attach = attachLine(n);
            if (attach == 0) {
                continue;
            }
            String part = text.line(n) + " kèm theo";
            add(Kind.TITLE, n + 1, attach - 1, part);
            int close = attach;
            while (close < text.lineCount() && !text.line(close).contains(")")) {
                close++;
            }
            add(Kind.OPENING, close + 1, openingEnd(close + 1), part);
            n = close;
        }
    }

    private int attachLine(int heading) {
        int seen = 0;
        for (int n = heading + 1; n <= text.lineCount() && seen < ATTACHMENT_REACH; n++) {
            String line = text.line(n);
            if (line.startsWith("(Kèm") || line.startsWith("(Ban hành kèm")) {
                return n;
            }
            seen += line.isEmpty() ? 0 : 1;
        }
        return 0;
    }

    private void basisLists() {
        for (int n = 1; n < text.lineCount(); n++) {
            if (!BASIS_HEADING.matcher(text.line(n)).matches()) {
                continue;
            }
            int first = n + 1;
            while (first <= text.lineCount() && text.isBlank(first)) {
                first++;
            }
            if (first > text.lineCount() || !ListReader.startsItem(text.line(first))) {
                continue;
            }
            int to = first;
            while (to + 1 <= text.lineCount() && !endsList(text.line(to + 1))) {
                to++;
            }
            add(Kind.BASIS_LIST, n, to, part(n) + text.line(n));
            n = to;
        }
    }

    /** "Phần II, " when the list stands in a part so headed (a plan may have a list in each part), else "". */
    private String part(int line) {
        for (int n = line - 1; n >= 1; n--) {
            if (PART.matcher(text.line(n)).matches()) {
                return text.line(n) + ", ";
            }
        }
        return "";
    }

    private static boolean endsList(String line) {
        return Lines.isSection(line)
                || (Lines.isCapitals(line) && !line.startsWith("-"))
                || Lines.article(line) > 0
                || Lines.isOperative(line);
    }
}
