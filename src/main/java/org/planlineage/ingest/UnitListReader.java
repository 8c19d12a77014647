package org.planlineage.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a run of units ("xã An Phước (huyện Mang Thít), xã Chánh An và thị trấn Cái Nhum", "các xã Tân An Hội, Tân
 * Long và Tân Long Hội") into units.
 *
 * <ul>
 *   <li>Units are separated by "," and "và" outside parentheses. The extraction glues words ("Trường Avà An Trường",
 *       "vàcác xã", "Phú Thịnhvà Song Phú"), so "và" separates even when glued — but not in "vào", "vàng", "vàm".
 *   <li>A unit starts with its kind ("xã", "phường", "thị trấn", glued or not: "xãPhú Sơn"); "các xã" gives the kind
 *       to the names after it, and a unit without a kind word takes the kind of the unit before it. A numbered ward
 *       ("Phường 5") is a ward named "Phường 5".
 *   <li>Parentheses give the district or city ("(huyện Mang Thít)"); after a run of numbered wards they stand for the
 *       whole run ("Phường 1 và Phường 9 (thành phố Vĩnh Long)"), and the units read so are marked shared.
 *   <li>A name must be words that each start with a capital or a digit; anything else is a SUSPICIOUS_NAME warning.
 * </ul>
 */
final class UnitListReader {

    private static final Pattern KIND = Pattern.compile("^(?:các\\s*)?(?<kind>[Tt]hị\\s*trấn|[Xx]ã|[Pp]hường)\\s*");
    private static final Pattern NUMBERED = Pattern.compile("^Phường\\s*\\d+$");
    private static final Pattern PARENS = Pattern.compile("\\s*\\((?<loc>[^)]*)\\)\\s*");
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{Lu}\\d][\\p{L}\\d]*");

    private UnitListReader() {}

    /** The units of {@code p}'s text from {@code from} to {@code to}; {@code kind} is the kind carried in, or null. */
    static List<Unit> read(Passage p, int from, int to, UnitKind kind, List<Warning> warnings) {
        List<Unit> units = new ArrayList<>();
        UnitKind carried = kind;
        for (int[] span : split(p.text(), from, to)) {
            Unit u = unit(p, span[0], span[1], carried, warnings);
            if (u != null) {
                units.add(u);
                carried = u.kind() != null ? u.kind() : carried;
            }
        }
        shareLocalities(units);
        return units;
    }

    private static List<int[]> split(String t, int from, int to) {
        List<int[]> spans = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            int sep = depth > 0 ? 0 : c == ',' ? 1 : and(t, i, to) ? 2 : 0;
            if (sep > 0) {
                spans.add(new int[] {start, i});
                start = i + sep;
                i += sep - 1;
            }
        }
        spans.add(new int[] {start, to});
        return spans;
    }

    private static boolean and(String t, int i, int to) {
        if (!t.startsWith("và", i)) {
            return false;
        }
        int next = i + 2;
        return next >= to || "onmg".indexOf(t.charAt(next)) < 0;
    }

    private static Unit unit(Passage p, int from, int to, UnitKind carried, List<Warning> warnings) {
        String words = p.text().substring(from, to).strip();
        if (words.isEmpty()) {
            return null;
        }
        LineRange lines = p.lines(from, to);
        String rest = words;
        UnitKind kind = carried;
        Matcher k = KIND.matcher(rest);
        if (NUMBERED.matcher(PARENS.matcher(rest).replaceAll("").strip()).matches()) {
            kind = UnitKind.WARD;
        } else if (k.find()) {
            kind = UnitKind.of(k.group("kind"));
            rest = rest.substring(k.end());
        } else if (kind == null) {
            warnings.add(Warning.of(
                    Warning.Kind.UNIT_KIND_UNKNOWN, "a unit named without xã, phường or thị trấn", words, lines));
        }
        String locality = null;
        Matcher par = PARENS.matcher(rest);
        if (par.find()) {
            locality = par.group("loc").strip().replaceAll("\\s+", " ");
            rest = par.replaceAll(" ");
        }
        String name = rest.strip().replaceAll("\\s+", " ");
        if (!isName(name)) {
            warnings.add(Warning.of(Warning.Kind.SUSPICIOUS_NAME, "not a name: words glued or missing", words, lines));
        }
        return new Unit(kind, name, locality, false, words, lines);
    }

    static boolean isName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (String word : name.split(" ")) {
            if (!NAME_WORD.matcher(word).matches() || word.matches(".*\\p{Ll}\\p{Lu}.*")) {
                return false;
            }
        }
        return true;
    }

    private static void shareLocalities(List<Unit> units) {
        for (int i = units.size() - 1; i > 0; i--) {
            Unit with = units.get(i);
            if (with.locality() == null) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Unit u = units.get(j);
                if (u.locality() != null || !NUMBERED.matcher(u.name()).matches()) {
                    break;
                }
                units.set(j, new Unit(u.kind(), u.name(), with.locality(), true, u.words(), u.lines()));
            }
        }
    }
}
