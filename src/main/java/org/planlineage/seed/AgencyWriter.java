package org.planlineage.seed;

import static org.planlineage.seed.GraphWrites.name;
import static org.planlineage.seed.GraphWrites.rel;

import java.util.List;
import java.util.Map;
import org.planlineage.document.Provenance;
import org.planlineage.text.Folding;

/** Writes the units: Agency nodes, and the PART_OF, MEMBER_OF (member to group) and SUCCEEDED_BY between them. */
final class AgencyWriter {

    private AgencyWriter() {}

    static void write(GraphWrites out, Seed seed) {
        out.nodes("Agency", seed.agencies(), a -> properties(out, a));
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
                            var props = Provenance.toProperties(List.of(s.prov()));
                            props.put("since", s.since());
                            return rel(s.predecessor(), s.successor(), props);
                        })
                        .toList());
    }

    private static Map<String, Object> properties(GraphWrites out, Seed.Agency a) {
        var p = out.base(a.key());
        p.put("name", a.name());
        p.put("aliases", a.aliases());
        p.put("kind", name(a.kind()));
        p.put("level", name(a.level()));
        p.put("doubt", a.doubt());
        p.put("searchText", Folding.fold(String.join(" | ", a.aliases())));
        p.putAll(Provenance.toProperties(listOf(a.prov())));
        return p;
    }

    private static List<Provenance> listOf(Provenance prov) {
        return prov == null ? List.of() : List.of(prov);
    }
}
