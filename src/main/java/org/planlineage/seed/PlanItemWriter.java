package org.planlineage.seed;

import static org.planlineage.seed.GraphWrites.name;
import static org.planlineage.seed.GraphWrites.rel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.planlineage.agency.AssignmentWords;
import org.planlineage.document.Provenance;
import org.planlineage.indicator.Target;
import org.planlineage.text.Folding;

/**
 * Writes the table rows: PlanItem nodes with SET_IN to their document, LEAD and COOPERATING to their units (in the
 * cell's order), LEGAL_BASIS to the documents of their legal-basis cell, and a Target node per year's target or
 * result.
 */
final class PlanItemWriter {

    private PlanItemWriter() {}

    static void write(GraphWrites out, Seed seed) {
        var items = seed.items();
        // every spelling of each unit (its name and aliases), to find the words of a cell that name no unit
        var spellings = new HashMap<String, List<String>>();
        seed.agencies().forEach(a -> {
            var all = new ArrayList<>(a.aliases());
            all.add(a.name());
            spellings.put(a.key(), all);
        });
        out.nodes("PlanItem", items, i -> properties(out, i, spellings));
        out.relationships(
                "PlanItem",
                "SET_IN",
                "Document",
                items.stream().map(i -> rel(i.key(), i.document(), Map.of())).toList());
        out.relationships("PlanItem", "LEAD", "Agency", positioned(items, Seed.Item::lead));
        out.relationships("PlanItem", "COOPERATING", "Agency", positioned(items, Seed.Item::cooperating));
        out.relationships(
                "PlanItem",
                "LEGAL_BASIS",
                "Document",
                items.stream()
                        .flatMap(i -> i.legalBasis().stream()
                                .map(d -> rel(i.key(), d, Provenance.toProperties(List.of(i.legalBasisProv())))))
                        .toList());
        values(out, items, "TARGET", Seed.Item::targets);
        values(out, items, "RESULT", Seed.Item::results);
    }

    private static Map<String, Object> properties(GraphWrites out, Seed.Item i, Map<String, List<String>> spellings) {
        var p = out.base(i.key());
        p.put("ref", i.ref());
        p.put("number", i.number());
        p.put("position", i.position());
        p.put("text", i.text());
        p.put("kind", name(i.kind()));
        p.put("pillar", name(i.pillar()));
        p.put("section", i.section());
        p.put("subsection", i.subsection());
        p.put("leadRaw", i.leadRaw());
        p.put("cooperatingRaw", i.cooperatingRaw());
        p.put("legalBasisRaw", i.legalBasisRaw());
        p.put("note", i.note());
        p.put("doubt", i.doubt());
        p.putAll(AssignmentWords.properties(
                i.leadRaw(),
                spellings(i.lead(), spellings),
                i.cooperatingRaw(),
                spellings(i.cooperating(), spellings)));
        p.put("searchText", Folding.fold(i.text()));
        p.putAll(Provenance.toProperties(List.of(i.prov())));
        return p;
    }

    private static List<String> spellings(List<String> units, Map<String, List<String>> spellings) {
        return units.stream()
                .flatMap(k -> spellings.getOrDefault(k, List.of()).stream())
                .toList();
    }

    private static List<Map<String, Object>> positioned(
            List<Seed.Item> items, Function<Seed.Item, List<String>> units) {
        var rows = new ArrayList<Map<String, Object>>();
        for (var item : items) {
            var keys = units.apply(item);
            for (int i = 0; i < keys.size(); i++) {
                rows.add(rel(item.key(), keys.get(i), Map.of("position", i)));
            }
        }
        return rows;
    }

    /** Targets (kind TARGET, HAS_TARGET) or results (RESULT, HAS_RESULT): one node per item and year. */
    private static void values(
            GraphWrites out, List<Seed.Item> items, String kind, Function<Seed.Item, List<Seed.Value>> values) {
        var rows = new ArrayList<Map<String, Object>>();
        for (var item : items) {
            for (var v : values.apply(item)) {
                var p = out.base(item.key() + "/" + kind.toLowerCase() + "/" + v.year());
                p.putAll(Target.toProperties(v.year(), v.raw(), v.parsed()));
                p.put("kind", kind);
                rows.add(Map.of("item", item.key(), "key", p.get("key"), "props", p));
            }
        }
        // the relationship type is one of two constants, chosen by kind
        String type = "TARGET".equals(kind) ? "HAS_TARGET" : "HAS_RESULT";
        out.run("""
                UNWIND $rows AS row
                MATCH (i:PlanItem {key: row.item})
                MERGE (t:Target {key: row.key})
                SET t = row.props
                MERGE (i)-[r:%s]->(t)
                SET r.seedVersion = $version
                """.formatted(type), Map.of("rows", rows, "version", out.version()));
    }
}
