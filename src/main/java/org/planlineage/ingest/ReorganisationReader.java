package org.planlineage.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a resolution that rearranges commune-level units (1687/NQ-UBTVQH15): the document as any other
 * ({@link DocumentReader}), every numbered clause of Article 1 ({@link ClauseReader}, {@link TotalsReader}) and the
 * dates of Article 2 ({@link ArticleTwoReader}). Clauses are cut at lines that start with the next clause number
 * ("102. Sắp xếp ...", "18.Sắp xếp ..."), so a number at the start of a wrapped line is not taken for a clause.
 */
public final class ReorganisationReader {

    private static final Pattern CLAUSE_START = Pattern.compile("^(?<n>\\d+)\\s*\\.\\s*");

    private ReorganisationReader() {}

    public static ReorganisationReading read(String text) {
        ReadDocument document = DocumentReader.read(text);
        SourceText source = SourceText.of(text);
        List<Warning> warnings = new ArrayList<>();
        int article1 = article(source, 1, 1);
        int article2 = article(source, 2, Math.max(article1, 1));
        if (article1 == 0) {
            warnings.add(Warning.of(Warning.Kind.CLAUSE_UNREAD, "no Article 1 (\"Điều 1\")", null, null));
            return new ReorganisationReading(document, List.of(), null, null, null, null, List.copyOf(warnings));
        }
        int end = article2 > 0 ? article2 - 1 : source.lineCount();
        List<Clause> clauses = new ArrayList<>();
        Totals totals = null;
        List<int[]> spans = clauses(source, article1 + 1, end);
        for (int[] span : spans) {
            Passage p = source.passage(span[1], span[2]);
            Matcher m = CLAUSE_START.matcher(p.text());
            m.lookingAt();
            if (TotalsReader.START.matcher(p.text().substring(m.end())).lookingAt()) {
                clauses.add(new Clause(span[0], Clause.Kind.TOTALS, p.text(), p.lines(0, p.length()), List.of(), null));
                totals = TotalsReader.read(span[0], p, clauses, warnings);
            } else {
                clauses.add(ClauseReader.read(span[0], p, m.end(), warnings));
            }
        }
        ArticleTwoReader.Dates3 dates = article2 > 0
                ? ArticleTwoReader.read(source, article2, articleEnd(source, article2), warnings)
                : new ArticleTwoReader.Dates3(null, null, null);
        return new ReorganisationReading(
                document,
                List.copyOf(clauses),
                totals,
                dates.passedOn(),
                dates.inForceOn(),
                dates.effectiveOn(),
                List.copyOf(warnings));
    }

    /** Clause number, first line, last line of each clause between lines {@code from} and {@code to}. */
    private static List<int[]> clauses(SourceText source, int from, int to) {
        List<int[]> spans = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            Matcher m = CLAUSE_START.matcher(source.line(n));
            int expected = spans.isEmpty() ? 1 : spans.get(spans.size() - 1)[0] + 1;
            if (m.lookingAt() && Integer.parseInt(m.group("n")) == expected) {
                spans.add(new int[] {expected, n, n});
            } else if (!spans.isEmpty() && !source.isBlank(n)) {
                spans.get(spans.size() - 1)[2] = n;
            }
        }
        return spans;
    }

    private static int article(SourceText source, int number, int from) {
        for (int n = from; n <= source.lineCount(); n++) {
            if (Lines.article(source.line(n)) == number) {
                return n;
            }
        }
        return 0;
    }

    private static int articleEnd(SourceText source, int start) {
        int next = article(source, 3, start + 1);
        return next > 0 ? next - 1 : source.lineCount();
    }
}
