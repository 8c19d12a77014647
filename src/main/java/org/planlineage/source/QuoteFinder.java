package org.planlineage.source;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds where a provenance's quote sits in its source lines, as tolerantly as the seed's own fidelity tests compare
 * them: both NFC, and white space ignored altogether, so that words the PDF extraction spread over several lines,
 * and words or numbers a line break cut in two ("07-" / "NQ/TU"), are found as the curator quoted them joined
 * ({@link QuoteMatch#EXACT}). A table cell whose lines the extraction interleaved with other columns' (or with a
 * page header) is found when its words are there in order ({@link QuoteMatch#SCATTERED}), as the seed's tests check
 * a cell word by word.
 */
final class QuoteFinder {

    /** Where the quote starts, where its last character is, and how it was found. */
    record Span(QuotePosition start, QuotePosition end, QuoteMatch match) {}

    private QuoteFinder() {}

    static Optional<Span> find(List<SourceLine> lines, String quote) {
        if (quote == null) {
            return Optional.empty();
        }
        String wanted = squeeze(quote);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        // the lines without white space, and for each character kept, the line and column it came from
        var text = new StringBuilder();
        int total = lines.stream().mapToInt(l -> l.text().length()).sum();
        int[] lineOf = new int[total];
        int[] columnOf = new int[total];
        for (var line : lines) {
            String s = line.text();
            int column = 0;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                column++;
                if (!isSpace(cp)) {
                    for (int k = 0; k < Character.charCount(cp); k++) {
                        lineOf[text.length()] = line.number();
                        columnOf[text.length()] = column;
                        text.append(s.charAt(i + k));
                    }
                }
                i += Character.charCount(cp);
            }
        }
        int at = text.indexOf(wanted);
        if (at >= 0) {
            return Optional.of(span(lineOf, columnOf, at, at + wanted.length() - 1, QuoteMatch.EXACT));
        }
        // each word at its first place after the previous one's end: the leftmost way of finding them in order
        int first = -1;
        int end = 0;
        for (String word : words(quote)) {
            int found = text.indexOf(word, end);
            if (found < 0) {
                return Optional.empty();
            }
            first = first < 0 ? found : first;
            end = found + word.length();
        }
        return Optional.of(span(lineOf, columnOf, first, end - 1, QuoteMatch.SCATTERED));
    }

    private static Span span(int[] lineOf, int[] columnOf, int first, int last, QuoteMatch match) {
        return new Span(
                new QuotePosition(lineOf[first], columnOf[first]),
                new QuotePosition(lineOf[last], columnOf[last]),
                match);
    }

    /** The quote's words, NFC: what white space separates. */
    private static List<String> words(String quote) {
        var words = new ArrayList<String>();
        var word = new StringBuilder();
        Normalizer.normalize(quote, Normalizer.Form.NFC).codePoints().forEach(cp -> {
            if (isSpace(cp)) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.appendCodePoint(cp);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** NFC without any white space. */
    static String squeeze(String s) {
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        var out = new StringBuilder(nfc.length());
        nfc.codePoints().filter(cp -> !isSpace(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Java's white space and Unicode's space separators (a PDF's no-break spaces among them). */
    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }
}
