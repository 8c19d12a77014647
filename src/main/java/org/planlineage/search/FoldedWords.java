package org.planlineage.search;

import java.util.Set;
import java.util.regex.Pattern;
import org.planlineage.text.Folding;

/**
 * Whether a word of a snippet is one of the words searched for: the same answer as splitting {@link Folding#fold} of
 * it at every character that is not a-z or 0-9 (as the index and {@link SearchService#terms} split text), without a
 * Normalizer call and three regular expressions per word. Folding works character by character (a character's
 * canonical decomposition, its marks dropped, "đ" as "d", lower case; white space only separates), so each character's
 * folded form is read from a table filled once; a word with a character beyond the table takes the long way.
 */
final class FoldedWords {

    private static final Pattern WORDS = Pattern.compile("[^a-z0-9]+");

    /** The characters the table covers: Latin with every Vietnamese letter (up to U+1EFF) and the rest below. */
    static final int TABLE_SIZE = 0x2000;

    /** Each character's folded form; "" for a mark (it vanishes: "e" + U+0302 folds to "e"), null for a separator. */
    private static final String[] FOLDED = new String[TABLE_SIZE];

    static {
        for (char c = 0; c < TABLE_SIZE; c++) {
            String folded = Folding.fold(String.valueOf(c));
            boolean mark = folded.isEmpty() && isMarks(c);
            FOLDED[c] = mark || !folded.isEmpty() ? folded : null; // empty and not a mark: white space
        }
    }

    private FoldedWords() {}

    /** True when a folded word of {@code word} is in {@code terms} (folded words, as {@link SearchService#terms}). */
    static boolean anyIn(String word, Set<String> terms) {
        return anyIn(word, 0, word.length(), terms, new StringBuilder(word.length()));
    }

    /**
     * The same for the word {@code text[from, to)}, read in place, with {@code current} (emptied) to fold into: a
     * snippet reads each word of a long text without a copy of it or a builder of its own.
     */
    static boolean anyIn(String text, int from, int to, Set<String> terms, StringBuilder current) {
        current.setLength(0);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= TABLE_SIZE) {
                current.setLength(0);
                return slowAnyIn(text.substring(from, to), terms);
            }
            String folded = FOLDED[c];
            if (folded == null) {
                if (ends(current, terms)) {
                    return true;
                }
                continue;
            }
            for (int j = 0; j < folded.length(); j++) {
                char f = folded.charAt(j);
                if ((f >= 'a' && f <= 'z') || (f >= '0' && f <= '9')) {
                    current.append(f);
                } else if (ends(current, terms)) {
                    return true;
                }
            }
        }
        return ends(current, terms);
    }

    /**
     * The folded word read so far is a term; it is ended either way. Compared in place with each term (a search box
     * holds a few words, at most {@link SearchService#MAX_WORDS}): no string per word of a snippet's text.
     */
    private static boolean ends(StringBuilder current, Set<String> terms) {
        if (current.isEmpty()) {
            return false;
        }
        boolean hit = false;
        for (String term : terms) {
            if (term.contentEquals(current)) {
                hit = true;
                break;
            }
        }
        current.setLength(0);
        return hit;
    }

    /** The definition this class answers like: {@link Folding#fold}, split at what is not a-z or 0-9. */
    static boolean slowAnyIn(String word, Set<String> terms) {
        for (String w : WORDS.split(Folding.fold(word))) {
            if (terms.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when the character's canonical decomposition is marks only (so folding drops it whole). */
    private static boolean isMarks(char c) {
        return java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD)
                .codePoints()
                .allMatch(cp -> {
                    int type = Character.getType(cp);
                    return type == Character.NON_SPACING_MARK
                            || type == Character.ENCLOSING_MARK
                            || type == Character.COMBINING_SPACING_MARK;
                });
    }
}
