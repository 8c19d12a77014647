package org.planlineage.seed;

import static org.planlineage.seed.GraphWrites.name;
import static org.planlineage.seed.GraphWrites.rel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planlineage.document.Provenance;
import org.planlineage.graph.Relation;
import org.planlineage.text.Folding;

/**
 * Writes the documents: Document nodes, ISSUED_BY to their issuer, and the stated links between documents, every
 * statement of the same (from, relation, to) as one relationship holding all their provenances.
 */
final class DocumentWriter {

    private DocumentWriter() {}

    static void write(GraphWrites out, Seed seed) {
        out.nodes("Document", seed.documents(), d -> properties(out, d));
        out.relationships(
                "Document",
                "ISSUED_BY",
                "Agency",
                seed.documents().stream()
                        .filter(d -> d.issuer() != null)
                        .map(d -> rel(d.key(), d.issuer(), Map.of()))
                        .toList());
        links(out, seed.links());
    }

    private static Map<String, Object> properties(GraphWrites out, Seed.Document d) {
        var p = out.base(d.key());
        p.put("number", d.number());
        p.put("numberFolded", Folding.foldNumber(d.number()));
        p.put("type", name(d.type()));
        p.put("issuedOn", d.issuedOn());
        p.put("issuedOnRaw", d.issuedOnRaw());
        p.put("level", name(d.level()));
        p.put("title", d.title());
        p.put("isSource", d.isSource());
        p.put("doubt", d.doubt());
        p.put("searchText", Folding.fold(join(d.number(), d.title())));
        p.putAll(Provenance.toProperties(List.of(d.prov())));
        return p;
    }

    /** One relationship type per relation: the name of a {@link Relation} between documents (see the reader). */
    private static void links(GraphWrites out, List<Seed.Link> links) {
        var grouped = new LinkedHashMap<String, List<Seed.Link>>();
        links.forEach(l -> grouped.computeIfAbsent(l.from() + " " + l.relation() + " " + l.to(), k -> new ArrayList<>())
                .add(l));
        var byRelation = new LinkedHashMap<Relation, List<Map<String, Object>>>();
        grouped.values().forEach(same -> {
            var first = same.get(0);
            byRelation
                    .computeIfAbsent(first.relation(), k -> new ArrayList<>())
                    .add(rel(
                            first.from(),
                            first.to(),
                            Provenance.toProperties(
                                    same.stream().map(Seed.Link::prov).toList())));
        });
        byRelation.forEach((relation, rows) -> out.relationships("Document", relation.name(), "Document", rows));
    }

    private static String join(String a, String b) {
        return (a == null ? "" : a) + " " + (b == null ? "" : b);
    }
}
