package org.planlineage.indicator;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides whether two targets count corresponding populations (graph-seed/README.md, rule 5): their scopes, what
 * the cell says its value counts, must both be absent, be the same words, or be the same once the lower level's
 * words are read as their upper-level counterparts ("đơn vị cấp phường" at the city, "đơn vị cấp xã" at the province).
 * "hộ gia đình phường đô thị văn minh" against "hộ gia đình xã nông thôn mới nâng cao" are other populations.
 */
final class ComparableScopes {

    /** The outcome, with the words that say why; {@code why} is null when neither target names a scope. */
    record Check(boolean comparable, String why) {}

    /** A lower level's words and their counterparts at the upper level, as rule 2 of graph-seed/README.md reads them. */
    private static final Map<String, String> COUNTERPARTS = Map.of("phường", "xã", "thành phố", "tỉnh");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ComparableScopes() {}

    static Check check(Target lower, Target upper) {
        String low = lower.scope();
        String up = upper.scope();
        if (low == null && up == null) {
            return new Check(true, null);
        }
        if (low == null || up == null) {
            Target scoped = low == null ? upper : lower;
            return new Check(
                    false,
                    "only " + quote(scoped) + " says what it counts (" + scoped.scope() + "), so the two may count "
                            + "different populations");
        }
        if (words(low).equals(words(up))) {
            return new Check(true, "both count " + up);
        }
        if (counterpart(words(low)).equals(words(up))) {
            return new Check(true, "the lower level's " + low + " corresponds to the upper level's " + up);
        }
        return new Check(
                false,
                quote(lower) + " counts " + low + " and " + quote(upper) + " counts " + up
                        + ": populations that do not correspond");
    }

    /**
     * Within one row the row names the population, so a scope on one side only does not stop a comparison; two scopes
     * name the same thing when they are the same words or one's words begin with the other's ("sản phẩm" and "sản
     * phẩm hàng hóa các loại, ..."). "lớp tập huấn ..." against "lượt" count different things.
     */
    static Check checkWithinRow(Target later, Target earlier) {
        String a = later.scope() == null ? null : words(later.scope());
        String b = earlier.scope() == null ? null : words(earlier.scope());
        if (a == null || b == null || begins(a, b) || begins(b, a)) {
            return new Check(true, null);
        }
        return new Check(
                false,
                quote(later) + " counts " + later.scope() + " and " + quote(earlier) + " counts " + earlier.scope()
                        + ": different things");
    }

    /** True when {@code words} are {@code start}'s words, or begin with them and go on after a word's end. */
    private static boolean begins(String words, String start) {
        return words.startsWith(start)
                && (words.length() == start.length() || !Character.isLetterOrDigit(words.charAt(start.length())));
    }

    /** The same words: NFC, lower case, white space collapsed. */
    static String words(String s) {
        return SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
    }

    private static String counterpart(String words) {
        String result = " " + words + " ";
        for (var e : COUNTERPARTS.entrySet()) {
            result = result.replace(" " + e.getKey() + " ", " " + e.getValue() + " ");
        }
        return result.strip();
    }

    private static String quote(Target t) {
        return "\"" + t.raw() + "\"";
    }
}
