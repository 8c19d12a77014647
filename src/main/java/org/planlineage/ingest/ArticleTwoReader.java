package org.planlineage.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a reorganisation's dates: the day it was passed (the closing "... thông qua ngày 16 tháng 6 năm 2025"), the
 * day it takes effect (Article 2.1: a date, or "từ ngày được thông qua", which is the day it was passed) and the day
 * the new units' governments start work (Article 2.2: "chính thức hoạt động từ ngày 01 tháng 7 năm 2025"). Nothing is
 * assumed: a date not found is null, with a NO_ARTICLE_DATE warning.
 */
final class ArticleTwoReader {

    private static final Pattern PASSED =
            Pattern.compile("thông\\s*qua\\s*(?<date>ngày\\s*" + Dates.ANY.pattern() + ")");
    private static final Pattern IN_FORCE = Pattern.compile("có\\s*hiệu\\s*lực(?:\\s*thi\\s*hành)?\\s*(?:kể\\s*)?từ\\s*"
            + "(?:(?<passed>ngày\\s*được\\s*thông\\s*qua)|(?<date>ngày\\s*" + Dates.ANY.pattern() + "))");
    private static final Pattern STARTS = Pattern.compile(
            "chính\\s*thức\\s*hoạt\\s*động\\s*(?:kể\\s*)?từ\\s*(?<date>ngày\\s*" + Dates.ANY.pattern() + ")");

    /** The three dates, each null when not found. */
    record Dates3(Read<LocalDate> passedOn, Read<LocalDate> inForceOn, Read<LocalDate> effectiveOn) {}

    private ArticleTwoReader() {}

    /** Reads Article 2 (lines {@code from}..{@code to}) and the passing formula anywhere in lines {@code from}..end. */
    static Dates3 read(SourceText text, int from, int to, List<Warning> warnings) {
        Passage article = text.passage(from, to);
        Passage rest = text.passage(from, text.lineCount());
        Read<LocalDate> passed = date(rest, PASSED, "the day it was passed (\"thông qua ngày ...\")", warnings);
        Matcher m = IN_FORCE.matcher(article.text());
        Read<LocalDate> inForce;
        if (!m.find()) {
            warnings.add(missing("the day it takes effect (Article 2.1)"));
            inForce = null;
        } else if (m.group("passed") != null) {
            LineRange lines = article.lines(m.start(), m.end());
            inForce = new Read<>(passed == null ? null : passed.value(), article.words(m.start(), m.end()), lines);
        } else {
            inForce = date(article, IN_FORCE, "the day it takes effect (Article 2.1)", warnings);
        }
        Read<LocalDate> starts =
                date(article, STARTS, "the day the new units' governments start (Article 2.2)", warnings);
        return new Dates3(passed, inForce, starts);
    }

    private static Read<LocalDate> date(Passage p, Pattern pattern, String what, List<Warning> warnings) {
        Matcher m = pattern.matcher(p.text());
        if (!m.find() || m.group("date") == null) {
            warnings.add(missing(what));
            return null;
        }
        LineRange lines = p.lines(m.start(), m.end());
        return PlaceAndDate.date(m, p.words(m.start(), m.end()), lines, warnings);
    }

    private static Warning missing(String what) {
        return Warning.of(Warning.Kind.NO_ARTICLE_DATE, "not found: " + what, null, null);
    }
}
