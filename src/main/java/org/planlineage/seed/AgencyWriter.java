package org.planlineage.seed;

import static org.planlineage.seed.GraphWrites.name;
import static org.planlineage.seed.GraphWrites.rel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.planlineage.document.Provenance;
import org.planlineage.text.Folding;

/**
 * Writes the units: Agency nodes, and the PART_OF, MEMBER_OF (member to group) and SUCCEEDED_BY between them. A unit
 * with successions also gets a note naming the other side ("nay là UBND phường Long Châu", "trước là UBND Phường 1,
 * ..."), which goes into its search text, so that a search for either name finds both and each hit says which.
 */
final class AgencyWriter {

    private AgencyWriter() {}

    static void write(GraphWrites out, Seed seed) {
        var notes = notes(seed);
        out.nodes("Agency", seed.agencies(), a -> properties(out, a, notes.get(a.key())));
        out.relationships(
                "Agency",
                "PART_OF",
                "Agency",
                seed.agencies().stream()
                        .filter(a -> a.parent() != null)
                        .map(a -> rel(a.key(), a.parent(), Map.of()))
                        .toList());
        out.relationships(
                "Agency",
                "MEMBER_OF",
                "Agency",
                seed.memberships().stream()
                        .map(m -> rel(m.member(), m.group(), Provenance.toProperties(listOf(m.prov()))))
                        .toList());
        out.relationships(
                "Agency",
                "SUCCEEDED_BY",
                "Agency",
                seed.successions().stream()
                        .map(s -> {
                            var props = Provenance.toProperties(s.prov());
                            props.put("since", s.since());
                            props.put("decidedOn", s.decidedOn());
                            props.put("share", name(s.share()));
                            props.put("doubt", s.doubt());
                            return rel(s.predecessor(), s.successor(), props);
                        })
                        .toList());
    }

    private static Map<String, Object> properties(GraphWrites out, Seed.Agency a, String note) {
        var p = out.base(a.key());
        p.put("name", a.name());
        p.put("aliases", a.aliases());
        p.put("kind", name(a.kind()));
        p.put("level", name(a.level()));
        p.put("unitKind", name(a.unitKind()));
        p.put("doubt", a.doubt());
        p.put("successionNote", note);
        p.put("searchText", Folding.fold(String.join(" | ", a.aliases()) + (note == null ? "" : " | " + note)));
        p.putAll(Provenance.toProperties(listOf(a.prov())));
        return p;
    }

    /** Per agency key, "trước là ..." (its predecessors) and "nay là ..." (its successors), by name; none: absent. */
    private static Map<String, String> notes(Seed seed) {
        Map<String, String> names =
                seed.agencies().stream().collect(Collectors.toMap(Seed.Agency::key, Seed.Agency::name));
        var before = grouped(seed.successions(), Seed.Succession::successor, s -> names.get(s.predecessor()));
        var after = grouped(seed.successions(), Seed.Succession::predecessor, s -> names.get(s.successor()));
        var notes = new LinkedHashMap<String, String>();
        for (String key : names.keySet()) {
            var parts = new ArrayList<String>();
            if (before.containsKey(key)) {
                parts.add("trước là " + String.join(", ", before.get(key)));
            }
            if (after.containsKey(key)) {
                parts.add("nay là " + String.join(", ", after.get(key)));
            }
            if (!parts.isEmpty()) {
                notes.put(key, String.join("; ", parts));
            }
        }
        return notes;
    }

    private static Map<String, List<String>> grouped(
            List<Seed.Succession> successions,
            Function<Seed.Succession, String> by,
            Function<Seed.Succession, String> name) {
        var result = new LinkedHashMap<String, List<String>>();
        successions.forEach(s -> {
            var list = result.computeIfAbsent(by.apply(s), k -> new ArrayList<>());
            if (!list.contains(name.apply(s))) {
                list.add(name.apply(s));
            }
        });
        return result;
    }

    private static List<Provenance> listOf(Provenance prov) {
        return prov == null ? List.of() : List.of(prov);
    }
}
