package org.planlineage.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The two normal forms of Vietnamese text this product uses.
 *
 * <ul>
 *   <li>{@link #nfc}: how text is stored. One of the sources is partly in decomposed Unicode; storing NFC makes equal
 *       words equal strings.
 *   <li>{@link #fold}: how text is searched. Lower case, diacritics removed and "đ" turned into "d", so that
 *       "ty le ho so" finds "Tỷ lệ hồ sơ". Applied in Java to the stored search property and to the query alike,
 *       so the full-text analyser only has to split words.
 * </ul>
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Folding() {}

    /** NFC with runs of white space (line breaks included) collapsed to one space and trimmed; null stays null. */
    public static String nfc(String s) {
        if (s == null) {
            return null;
        }
        return SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFC))
                .replaceAll(" ")
                .strip();
    }

    /** Lower case, without diacritics, "đ"/"Đ" as "d", white space collapsed. */
    public static String fold(String s) {
        if (s == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * A document number reduced to letters and digits: "742 / QD-UBND", "742/qđ-ubnd" and "742/QĐ-UBND" all give
     * "742qdubnd". Used to look numbers up the way people type them.
     */
    public static String foldNumber(String number) {
        if (number == null) {
            return null;
        }
        return NOT_ALNUM.matcher(fold(number)).replaceAll("");
    }
}
