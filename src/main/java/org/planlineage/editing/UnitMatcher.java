package org.planlineage.editing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.planlineage.text.Folding;

/**
 * Resolves what an editor wrote for a unit ("UBND thành phố Vĩnh Long", "ubnd-tp-vinh-long", "ubnd tp vinh long")
 * to one known agency: by key, else by a name or alias once both are folded (case, diacritics and "đ" ignored, "UBND"
 * and "Ủy ban nhân dân" alike).
 * When nothing matches, the closest known units are offered: the three whose key or folded name or alias is the
 * fewest edits away. Pure logic, built from the agencies the graph holds.
 */
final class UnitMatcher {

    /** A known agency with every spelling of it. */
    record Unit(String key, String name, List<String> aliases, String level) {}

    /** The outcome for one written unit: the key, or why not and what is close. */
    record Match(String key, List<String> candidates, List<String> suggestions) {
        boolean resolved() {
            return key != null;
        }
    }

    private static final int SUGGESTIONS = 3;

    private final List<Unit> units;
    private final Map<String, Unit> byKey = new LinkedHashMap<>();
    private final Map<String, Set<String>> byFolded = new LinkedHashMap<>();

    UnitMatcher(List<Unit> units) {
        this.units = List.copyOf(units);
        for (Unit u : units) {
            byKey.put(u.key(), u);
            for (String spelling : spellings(u)) {
                byFolded.computeIfAbsent(canonical(spelling), k -> new LinkedHashSet<>())
                        .add(u.key());
            }
        }
    }

    /** The units it was built from, in their order. */
    List<Unit> units() {
        return units;
    }

    /** The level of a known unit, null when it has none. */
    String levelOf(String key) {
        Unit u = byKey.get(key);
        return u == null ? null : u.level();
    }

    Match match(String written) {
        String text = Folding.nfc(written);
        if (byKey.containsKey(text)) {
            return new Match(text, List.of(), List.of());
        }
        Set<String> found = byFolded.getOrDefault(canonical(text), Set.of());
        if (found.size() == 1) {
            return new Match(found.iterator().next(), List.of(), List.of());
        }
        if (found.size() > 1) {
            return new Match(null, List.copyOf(found), List.of());
        }
        return new Match(null, List.of(), closest(text));
    }

    /** "key (name)" of the units whose spellings are the fewest edits from the folded text. */
    List<String> closest(String written) {
        String folded = Folding.fold(written);
        var distance = LevenshteinDistance.getDefaultInstance();
        record Scored(Unit unit, int distance) {}
        var scored = new ArrayList<Scored>();
        for (Unit u : byKey.values()) {
            int best = Integer.MAX_VALUE;
            for (String spelling : spellings(u)) {
                best = Math.min(best, distance.apply(folded, Folding.fold(spelling)));
            }
            best = Math.min(best, distance.apply(folded, u.key().replace('-', ' ')));
            scored.add(new Scored(u, best));
        }
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::distance)
                        .thenComparing(s -> s.unit().key()))
                .limit(SUGGESTIONS)
                .map(s -> describe(s.unit()))
                .toList();
    }

    /**
     * Folded, with the one abbreviation every source uses both ways spelled out alike: "UBND" and "Ủy ban nhân dân"
     * (and "HĐND", "Hội đồng nhân dân") name the same body, so "ỦY BAN NHÂN DÂN PHƯỜNG 1" finds "UBND Phường 1".
     */
    static String canonical(String spelling) {
        return Folding.fold(spelling).replace("uy ban nhan dan", "ubnd").replace("hoi dong nhan dan", "hdnd");
    }

    /** Every spelling (name and aliases) of the unit with this key; empty for an unknown key. */
    List<String> spellingsOf(String key) {
        Unit u = byKey.get(key);
        return u == null ? List.of() : spellings(u);
    }

    static String describe(Unit u) {
        return u.key() + " (" + u.name() + ")";
    }

    private static List<String> spellings(Unit u) {
        var all = new ArrayList<String>();
        if (u.name() != null) {
            all.add(u.name());
        }
        if (u.aliases() != null) {
            all.addAll(u.aliases());
        }
        return all;
    }
}
