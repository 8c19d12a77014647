package org.planlineage.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the head of one reference to a document at a given place: its type words, its number or (a law) its name,
 * its date and its issuer's words. What follows the head is the cited document's title; {@link CitationParser}
 * decides where that ends.
 *
 * <p>A reference is one of: a type word with up to three lower-case words and "số" and a number ("Quyết định số
 * 742/QĐ-UBND", "Báo cáo thẩm tra số 445/BC-UBPLTP15", "QĐ số 2949/QĐ-UBND"); a law named, with or without a number
 * ("Luật Công nghệ thông tin số 67/2006/QH11", "Luật Tổ chức Chính quyền địa phương ngày 19/6/2015"); and, only
 * where the caller allows it, a type word with a few lower-case words before "của" ("Kế hoạch hành động của Ban
 * Thường vụ Tỉnh ủy", after "và" in a list) or a type word with a quoted name ("Đề án “...”", after "thực hiện").
 * A number must have a letter in it, so a date is never read as a number. A law's name and an issuer's words are at
 * most 250 characters, which bounds the work on a long text without terminators.
 */
final class References {

    static final String NUMBER = "(?:\\d+|[.…]+)(?:[/-][\\p{L}\\d&.]*[\\p{L}\\d&])+";
    private static final String BEFORE = "(?<![\\p{L}\\d])";
    private static final String TYPE = "(?:" + typeAlternatives() + ")(?![\\p{L}])";
    private static final String DESC = "(?:\\s+\\p{Ll}\\p{L}*){0,3}?";
    private static final String SO = "\\s+số\\s*:?\\s*";
    private static final String LAW = "(?:Hiến pháp|Bộ luật|Luật|Pháp lệnh)";

    static final String NUMBERED_START = BEFORE + TYPE + DESC + SO + "(?:\\d|[.…])";
    static final String UNNUMBERED_START = BEFORE + TYPE + "(?:\\s+\\p{Ll}\\p{L}*){0,4}?\\s+của\\s";
    static final String ANY_START = NUMBERED_START + "|" + BEFORE + LAW + "\\s|" + UNNUMBERED_START;

    private static final Pattern NUMBERED = Pattern.compile(
            BEFORE + "(?<type>" + TYPE + ")(?<desc>" + DESC + ")" + SO + "(?<num>" + NUMBER + ")(?![\\p{L}\\d])");
    private static final String LAW_END =
            "\\s*,?\\s*ngày\\s*(?:\\d|[.…])|\\s*;|\\.(?:\\s|$)|\\s+(?:đã được|được sửa đổi)"
                    + "|\\s*(?:,|\\s+và)\\s+(?=" + NUMBERED_START + ")|\\s*,?\\s*$";
    private static final Pattern LAW_NAMED = Pattern.compile(BEFORE + "(?<type>" + LAW + ")\\s+(?<name>\\S.{0,250}?)"
            + "(?:" + SO + "(?<num>" + NUMBER + ")(?![\\p{L}\\d])|(?=" + LAW_END + "))");
    private static final Pattern UNNUMBERED =
            Pattern.compile(BEFORE + "(?<type>" + TYPE + ")(?<desc>(?:\\s+\\p{Ll}\\p{L}*){0,4}?)(?=\\s+của\\s)");
    private static final Pattern QUOTED =
            Pattern.compile(BEFORE + "(?<type>" + TYPE + ")\\s*[“\"](?<name>[^”\"]{3,300})[”\"]");
    private static final Pattern DATE = Pattern.compile("\\s*,?\\s*(?<w>" + Dates.CITED + ")");
    private static final String ISSUER_END = "\\s+(?:về|ban hành|Ban hành|phê duyệt|Phê duyệt|triển khai|Triển khai"
            + "|thực hiện|quy định|Quy định|hướng dẫn|sửa đổi|V/v)(?![\\p{L}])"
            + "|\\s*(?:,|\\s+và)\\s+(?=" + ANY_START + ")|\\s*,?\\s*ngày\\s*(?:\\d|[.…])|\\s*;|,\\s+(?=\\p{Ll})"
            + "|\\.(?=\\s+\\p{Lu}|\\s*$)|\\s*[,.:]?\\s*$";
    private static final Pattern ISSUER = Pattern.compile("\\s*,?\\s*(?<w>của\\s+\\S.{0,250}?)(?=" + ISSUER_END + ")");
    private static final Pattern START = Pattern.compile(NUMBERED_START + "|" + BEFORE + LAW + "\\s+\\S");
    private static final Pattern START_OR_UNNUMBERED = Pattern.compile(ANY_START);

    /** Which kinds of reference a place may hold besides the numbered ones and named laws. */
    enum Allow {
        NUMBERED_OR_LAW,
        ALSO_UNNUMBERED,
        ALSO_QUOTED
    }

    private References() {}

    private static String typeAlternatives() {
        return Stream.concat(
                        DocumentTypes.WORDS.stream()
                                .flatMap(w -> Stream.of(w, Character.toLowerCase(w.charAt(0)) + w.substring(1))),
                        DocumentTypes.ABBREVIATIONS.stream())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    /** Whether a reference starts exactly at {@code pos}. */
    static boolean startsAt(String text, int pos, int end, boolean unnumbered) {
        Pattern p = unnumbered ? START_OR_UNNUMBERED : START;
        return p.matcher(text).region(pos, end).lookingAt();
    }

    /** The head of the reference that starts exactly at {@code pos}, or null. */
    static Draft headAt(String text, int pos, int end, Allow allow) {
        Draft d = identity(text, pos, end, allow);
        if (d == null) {
            return null;
        }
        d.start = pos;
        int k = d.headerEnd;
        Matcher date = DATE.matcher(text).region(k, end);
        if (date.lookingAt()) {
            d.date = Dates.parse(date);
            d.dateWords = date.group("w");
            k = date.end();
        }
        Matcher issuer = ISSUER.matcher(text).region(k, end);
        if (issuer.lookingAt()) {
            d.issuerWords = issuer.group("w").strip();
            k = issuer.end();
            Matcher late = DATE.matcher(text).region(k, end);
            if (d.date == null && late.lookingAt()) {
                d.date = Dates.parse(late);
                d.dateWords = late.group("w");
                k = late.end();
            }
        }
        d.headerEnd = k;
        return d;
    }

    private static Draft identity(String text, int pos, int end, Allow allow) {
        Draft d = new Draft();
        Matcher m = NUMBERED.matcher(text).region(pos, end);
        if (m.lookingAt() && m.group("num").matches(".*\\p{L}.*")) {
            d.typeWords = m.group("type") + m.group("desc");
            d.numberRaw = m.group("num");
            d.headerEnd = m.end();
            return d;
        }
        m = LAW_NAMED.matcher(text).region(pos, end);
        if (m.lookingAt()) {
            d.typeWords = m.group("type");
            d.name = (m.group("type") + " " + m.group("name")).strip();
            d.numberRaw = m.group("num");
            d.headerEnd = m.group("num") != null ? m.end() : m.end("name");
            return d;
        }
        m = UNNUMBERED.matcher(text).region(pos, end);
        if (allow == Allow.ALSO_UNNUMBERED && m.lookingAt()) {
            d.typeWords = m.group("type");
            d.name = m.group("type") + m.group("desc");
            d.headerEnd = m.end();
            d.notes.add("named without a number");
            return d;
        }
        m = QUOTED.matcher(text).region(pos, end);
        if (allow == Allow.ALSO_QUOTED && m.lookingAt()) {
            d.typeWords = m.group("type");
            d.name = m.group();
            d.headerEnd = m.end();
            d.notes.add("named without a number");
            return d;
        }
        return null;
    }
}
