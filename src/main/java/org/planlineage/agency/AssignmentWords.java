package org.planlineage.agency;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the words of a lead or cooperating cell that name no unit it was resolved to: the cell as written ("Sở Công
 * Thương; Sở Nông nghiệp và Môi trường - theo chức năng, nhiệm vụ được giao") less every spelling of its resolved
 * units (their names and aliases, matched whole and ignoring case), less separators and joining words ("và", "các",
 * ",", ";", "-"). What stays ("theo chức năng, nhiệm vụ được giao") is kept as written, one piece per gap between
 * units. Pure code: the seed loader stores its answer on the plan item, and the findings read it there.
 */
public final class AssignmentWords {

    /** Words that join unit names in a cell without naming a unit. */
    private static final Set<String> JOINING = Set.of("và", "các", "cùng", "với", "những");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s,;.:\\-–—&()/+]+|[\\s,;.:\\-–—&()/+]+$");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private AssignmentWords() {}

    /**
     * The properties a plan item stores for its two cells: {@code leadUnresolved} and {@code cooperatingUnresolved}
     * (the words no unit covers; absent when none) and {@code unresolvedAssignment} (true, indexed, only on rows that
     * have some), so that UNRESOLVED_ASSIGNMENT reads an index, not every row. Whoever writes plan items (the seed
     * loader, an import) stores them the same way.
     */
    public static Map<String, Object> properties(
            String leadCell,
            Collection<String> leadSpellings,
            String cooperatingCell,
            Collection<String> cooperatingSpellings) {
        var lead = unresolved(leadCell, leadSpellings);
        var cooperating = unresolved(cooperatingCell, cooperatingSpellings);
        var p = new HashMap<String, Object>();
        p.put("leadUnresolved", lead.isEmpty() ? null : lead);
        p.put("cooperatingUnresolved", cooperating.isEmpty() ? null : cooperating);
        p.put("unresolvedAssignment", lead.isEmpty() && cooperating.isEmpty() ? null : true);
        return p;
    }

    /** The pieces of {@code cell} that none of {@code spellings} covers, in the cell's order; empty when none. */
    public static List<String> unresolved(String cell, Collection<String> spellings) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        String text = normalise(cell);
        boolean[] covered = new boolean[text.length()];
        spellings.stream()
                .filter(s -> s != null && !s.isBlank())
                .map(AssignmentWords::normalise)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(spelling -> cover(text, spelling, covered));
        var pieces = new ArrayList<String>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean free = i < text.length() && !covered[i];
            if (free && start < 0) {
                start = i;
            } else if (!free && start >= 0) {
                String piece = trim(text.substring(start, i));
                if (LETTER.matcher(piece).find()) {
                    pieces.add(piece);
                }
                start = -1;
            }
        }
        return List.copyOf(pieces);
    }

    /** Marks every whole-word occurrence of {@code spelling} that no longer spelling has covered. */
    private static void cover(String text, String spelling, boolean[] covered) {
        Matcher m = Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(spelling) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text);
        while (m.find()) {
            boolean free = true;
            for (int i = m.start(); i < m.end() && free; i++) {
                free = !covered[i];
            }
            if (free) {
                for (int i = m.start(); i < m.end(); i++) {
                    covered[i] = true;
                }
            }
        }
    }

    /** Strips separators and joining words from both ends of a piece, as often as they occur. */
    private static String trim(String piece) {
        String result = piece;
        String before;
        do {
            before = result;
            result = EDGE_PUNCTUATION.matcher(result).replaceAll("");
            String[] words = result.split(" ");
            if (words.length > 0 && JOINING.contains(words[0].toLowerCase(Locale.ROOT))) {
                result = result.substring(words[0].length());
            }
            words = result.strip().split(" ");
            if (words.length > 0 && JOINING.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
                String stripped = result.strip();
                result = stripped.substring(0, stripped.length() - words[words.length - 1].length());
            }
            result = result.strip();
        } while (!result.equals(before));
        return result;
    }

    private static String normalise(String s) {
        return SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFC))
                .replaceAll(" ")
                .strip();
    }
}
