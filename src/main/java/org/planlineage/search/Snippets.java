package org.planlineage.search;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A search hit's snippet: the text around its first word searched for, such words marked «like this», at most 160
 * characters; for a unit, its spellings and what its successions say. Words are compared folded ({@link FoldedWords}).
 */
final class Snippets {

    private static final int SNIPPET_LENGTH = 160;

    private Snippets() {}

    /**
     * Its spellings, then what its successions say ("nay là UBND phường Long Châu"), so a hit points to the other.
     * When only that matched (a new ward found by a former ward's name), its name and the part that matched, from
     * its first words: "UBND phường Long Châu | trước là UBND Phường 1, ..., UBND Phường «Trường» «An»".
     */
    static String ofAgency(String name, List<String> aliases, String note, Set<String> terms) {
        String names = String.join(" | ", aliases);
        if (note == null || matches(names, terms)) {
            return of(note == null ? names : names + " | " + note, terms);
        }
        String part = Arrays.stream(note.split("; "))
                .filter(p -> matches(p, terms))
                .findFirst()
                .orElse(note);
        String text = name + " | " + part;
        return snippet(text, terms, text.length() <= SNIPPET_LENGTH ? text.split(" ").length : 6);
    }

    private static boolean matches(String text, Set<String> terms) {
        return FoldedWords.anyIn(text, terms);
    }

    /** The text around the first matching word, matching words marked «like this». */
    static String of(String text, Set<String> terms) {
        return snippet(text, terms, 6);
    }

    /**
     * The same, from {@code before} words before the first matching word. The text's words are its parts between
     * single spaces, trailing empty ones dropped (as {@code text.split(" ")} gives them), read in place: only the words
     * up to the first match and those the snippet shows are folded, and only those shown are copied (a plan item's text
     * can run to hundreds of words).
     */
    private static String snippet(String text, Set<String> terms, int before) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        var scratch = new StringBuilder();
        int firstMatch = -1;
        int index = 0;
        for (int from = 0; from <= end && firstMatch < 0; index++) {
            int to = wordEnd(text, from, end);
            // "VH&TT" is the indexed words "vh" and "tt": mark it when either was searched for
            if (FoldedWords.anyIn(text, from, to, terms, scratch)) {
                firstMatch = index;
            }
            from = to + 1;
        }
        int start = Math.max(0, firstMatch - before);
        int from = 0;
        for (int i = 0; i < start; i++) {
            from = wordEnd(text, from, end) + 1;
        }
        // room for the longest snippet, its marks and its ellipses: no copy as it grows
        var out = new StringBuilder(SNIPPET_LENGTH + 8).append(start > 0 ? "… " : "");
        for (int i = start; from <= end; i++) {
            int to = wordEnd(text, from, end);
            // before the first match nothing matches (and with no match at all, nothing does)
            boolean hit = i == firstMatch
                    || (firstMatch >= 0 && i > firstMatch && FoldedWords.anyIn(text, from, to, terms, scratch));
            if (out.length() + (to - from) + (hit ? 2 : 0) > SNIPPET_LENGTH) {
                out.append(" …");
                break;
            }
            out.append(i > start ? " " : "");
            if (hit) {
                out.append('«').append(text, from, to).append('»');
            } else {
                out.append(text, from, to);
            }
            from = to + 1;
        }
        return out.toString();
    }

    /** Where the word of {@code text} starting at {@code from} ends: at the next space, or at {@code end}. */
    private static int wordEnd(String text, int from, int end) {
        int space = text.indexOf(' ', from);
        return space < 0 || space > end ? end : space;
    }
}
