package org.planlineage.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.ResultSummary;
import org.planlineage.indicator.Breakdowns;
import org.planlineage.indicator.TargetParser;
import org.planlineage.text.Folding;

/**
 * Writes a validated {@link Seed} in one transaction: every node and relationship is {@code MERGE}d on natural
 * keys and its properties replaced, so writing the same seed twice changes nothing. What an earlier seed wrote and
 * this one no longer has (its {@code seedVersion} differs) is removed at the end, in the same transaction.
 *
 * <p>Relationship types and labels in the statements come from this class's constants, never from input.
 */
final class SeedWriter {

    /** What one load did, for the log and for tests. */
    record Counts(int nodesCreated, int nodesDeleted, int relationshipsCreated, int relationshipsDeleted) {
        Counts plus(ResultSummary s) {
            var c = s.counters();
            return new Counts(
                    nodesCreated + c.nodesCreated(),
                    nodesDeleted + c.nodesDeleted(),
                    relationshipsCreated + c.relationshipsCreated(),
                    relationshipsDeleted + c.relationshipsDeleted());
        }
    }

    private final TransactionContext tx;
    private final String version;
    private Counts counts = new Counts(0, 0, 0, 0);

    private SeedWriter(TransactionContext tx, String version) {
        this.tx = tx;
        this.version = version;
    }

    static Counts write(TransactionContext tx, Seed seed) {
        var writer = new SeedWriter(tx, seed.fingerprint());
        writer.writeAll(seed);
        return writer.counts;
    }

    private void writeAll(Seed seed) {
        nodes("Agency", seed.agencies(), this::agency);
        relationships(
                "Agency",
                "PART_OF",
                "Agency",
                seed.agencies().stream()
                        .filter(a -> a.parent() != null)
                        .map(a -> rel(a.key(), a.parent(), Map.of()))
                        .toList());
        relationships(
                "Agency",
                "MEMBER_OF",
                "Agency",
                seed.memberships().stream()
                        .map(m -> rel(m.member(), m.group(), prov(m.prov() == null ? List.of() : List.of(m.prov()))))
                        .toList());
        relationships(
                "Agency",
                "SUCCEEDED_BY",
                "Agency",
                seed.successions().stream()
                        .map(s -> {
                            var props = prov(List.of(s.prov()));
                            props.put("since", s.since());
                            return rel(s.predecessor(), s.successor(), props);
                        })
                        .toList());

        nodes("Document", seed.documents(), this::document);
        relationships(
                "Document",
                "ISSUED_BY",
                "Agency",
                seed.documents().stream()
                        .filter(d -> d.issuer() != null)
                        .map(d -> rel(d.key(), d.issuer(), Map.of()))
                        .toList());
        writeLinks(seed.links());

        nodes("PlanItem", seed.items(), this::item);
        relationships(
                "PlanItem",
                "SET_IN",
                "Document",
                seed.items().stream()
                        .map(i -> rel(i.key(), i.document(), Map.of()))
                        .toList());
        relationships("PlanItem", "LEAD", "Agency", positioned(seed.items(), Seed.Item::lead));
        relationships("PlanItem", "COOPERATING", "Agency", positioned(seed.items(), Seed.Item::cooperating));
        relationships(
                "PlanItem",
                "LEGAL_BASIS",
                "Document",
                seed.items().stream()
                        .flatMap(i ->
                                i.legalBasis().stream().map(d -> rel(i.key(), d, prov(List.of(i.legalBasisProv())))))
                        .toList());
        writeValues(seed.items(), "TARGET", "HAS_TARGET", Seed.Item::targets);
        writeValues(seed.items(), "RESULT", "HAS_RESULT", Seed.Item::results);

        nodes("Indicator", seed.indicators(), this::indicator);
        relationships(
                "PlanItem",
                "SETS",
                "Indicator",
                seed.indicators().stream()
                        .flatMap(ind -> ind.items().stream().map(item -> rel(item, ind.key(), Map.of())))
                        .toList());

        prune();
        run("""
                MERGE (s:SeedState {key: 'graph-seed'})
                SET s.fingerprint = $version, s.modelVersion = $model
                """, Map.of("version", version, "model", SeedReader.MODEL_VERSION));
    }

    // ---- properties ----------------------------------------------------------------------------------------

    private Map<String, Object> agency(Seed.Agency a) {
        var p = base(a.key());
        p.put("name", a.name());
        p.put("aliases", a.aliases());
        p.put("kind", a.kind());
        p.put("level", a.level());
        p.put("doubt", a.doubt());
        p.put("searchText", Folding.fold(String.join(" | ", a.aliases())));
        p.putAll(prov(a.prov() == null ? List.of() : List.of(a.prov())));
        return p;
    }

    private Map<String, Object> document(Seed.Document d) {
        var p = base(d.key());
        p.put("number", d.number());
        p.put("numberFolded", Folding.foldNumber(d.number()));
        p.put("type", d.type());
        p.put("issuedOn", d.issuedOn());
        p.put("issuedOnRaw", d.issuedOnRaw());
        p.put("level", d.level());
        p.put("title", d.title());
        p.put("isSource", d.isSource());
        p.put("doubt", d.doubt());
        p.put("searchText", Folding.fold(join(d.number(), d.title())));
        p.putAll(prov(List.of(d.prov())));
        return p;
    }

    private Map<String, Object> item(Seed.Item i) {
        var p = base(i.key());
        p.put("ref", i.ref());
        p.put("number", i.number());
        p.put("position", i.position());
        p.put("text", i.text());
        p.put("kind", i.kind());
        p.put("pillar", i.pillar());
        p.put("section", i.section());
        p.put("subsection", i.subsection());
        p.put("leadRaw", i.leadRaw());
        p.put("cooperatingRaw", i.cooperatingRaw());
        p.put("legalBasisRaw", i.legalBasisRaw());
        p.put("note", i.note());
        p.put("doubt", i.doubt());
        p.put("searchText", Folding.fold(i.text()));
        p.putAll(prov(List.of(i.prov())));
        return p;
    }

    private Map<String, Object> indicator(Seed.Indicator ind) {
        var p = base(ind.key());
        p.put("name", ind.name());
        p.put("pillar", ind.pillar());
        p.put("unit", ind.unit());
        p.put("note", ind.note());
        p.put("curated", ind.curated());
        // only curated indicators are searched on their own: a single item's indicator repeats the item's text
        p.put("searchText", ind.curated() ? Folding.fold(ind.name()) : null);
        return p;
    }

    private Map<String, Object> base(String key) {
        var p = new HashMap<String, Object>();
        p.put("key", key);
        p.put("seedVersion", version);
        return p;
    }

    /** Provenance as parallel lists (Neo4j properties hold no maps); absent parts are empty strings. */
    private static Map<String, Object> prov(List<Seed.Prov> provs) {
        var p = new HashMap<String, Object>();
        p.put("provSource", provs.stream().map(x -> nonNull(x.source())).toList());
        p.put("provLocator", provs.stream().map(x -> nonNull(x.locator())).toList());
        p.put("provQuote", provs.stream().map(x -> nonNull(x.quote())).toList());
        p.put("provLines", provs.stream().map(x -> nonNull(x.lines())).toList());
        p.put("provFile", provs.stream().map(x -> nonNull(x.file())).toList());
        return p;
    }

    /** The position of {@code part} (by identity) in {@code parts}; -1 for none. */
    private static int indexOf(List<TargetParser.Part> parts, TargetParser.Part part) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) == part) {
                return i;
            }
        }
        return -1;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String join(String a, String b) {
        return (a == null ? "" : a) + " " + (b == null ? "" : b);
    }

    // ---- statements ----------------------------------------------------------------------------------------

    private <T> void nodes(String label, List<T> rows, Function<T, Map<String, Object>> props) {
        var data = rows.stream()
                .map(props)
                .map(p -> Map.of("key", p.get("key"), "props", p))
                .toList();
        run("UNWIND $rows AS row MERGE (n:%s {key: row.key}) SET n = row.props".formatted(label), Map.of("rows", data));
    }

    private static Map<String, Object> rel(String from, String to, Map<String, Object> props) {
        return Map.of("from", from, "to", to, "props", props);
    }

    private void relationships(String fromLabel, String type, String toLabel, List<Map<String, Object>> rows) {
        var data = rows.stream()
                .map(r -> {
                    @SuppressWarnings("unchecked")
                    var props = new HashMap<>((Map<String, Object>) r.get("props"));
                    props.put("seedVersion", version);
                    return Map.of("from", r.get("from"), "to", r.get("to"), "props", props);
                })
                .toList();
        run("""
                UNWIND $rows AS row
                MATCH (a:%s {key: row.from})
                MATCH (b:%s {key: row.to})
                MERGE (a)-[r:%s]->(b)
                SET r = row.props
                """.formatted(fromLabel, toLabel, type), Map.of("rows", data));
    }

    private List<Map<String, Object>> positioned(List<Seed.Item> items, Function<Seed.Item, List<String>> units) {
        var rows = new ArrayList<Map<String, Object>>();
        for (var item : items) {
            var keys = units.apply(item);
            for (int i = 0; i < keys.size(); i++) {
                rows.add(rel(item.key(), keys.get(i), Map.of("position", i)));
            }
        }
        return rows;
    }

    /** Document links: every statement of the same (from, relation, to) becomes one edge with all provenances. */
    private void writeLinks(List<Seed.Link> links) {
        var grouped = new LinkedHashMap<String, List<Seed.Link>>();
        links.forEach(l -> grouped.computeIfAbsent(l.from() + " " + l.relation() + " " + l.to(), k -> new ArrayList<>())
                .add(l));
        var byRelation = new LinkedHashMap<String, List<Map<String, Object>>>();
        grouped.values().forEach(same -> {
            var first = same.get(0);
            byRelation
                    .computeIfAbsent(first.relation(), k -> new ArrayList<>())
                    .add(rel(
                            first.from(),
                            first.to(),
                            prov(same.stream().map(Seed.Link::prov).toList())));
        });
        byRelation.forEach((relation, rows) -> relationships("Document", relation, "Document", rows));
    }

    private void writeValues(
            List<Seed.Item> items, String kind, String type, Function<Seed.Item, List<Seed.Value>> values) {
        var rows = new ArrayList<Map<String, Object>>();
        for (var item : items) {
            for (var v : values.apply(item)) {
                var p = base(item.key() + "/" + kind.toLowerCase() + "/" + v.year());
                p.put("kind", kind);
                p.put("year", v.year());
                p.put("raw", v.raw());
                TargetParser.Parsed parsed = v.parsed();
                p.put(
                        "comparator",
                        parsed.comparator() == null ? null : parsed.comparator().name());
                p.put("value", parsed.value());
                p.put("unit", parsed.unit().name());
                p.put("scope", parsed.scope());
                p.put(
                        "partRaw",
                        parsed.parts().stream().map(TargetParser.Part::raw).toList());
                p.put(
                        "partComparator",
                        parsed.parts().stream().map(x -> x.comparator().name()).toList());
                p.put(
                        "partValue",
                        parsed.parts().stream().map(TargetParser.Part::value).toList());
                p.put(
                        "partUnit",
                        parsed.parts().stream().map(x -> x.unit().name()).toList());
                p.put(
                        "partScope",
                        parsed.parts().stream().map(x -> nonNull(x.scope())).toList());
                p.put(
                        "partSub",
                        parsed.parts().stream().map(TargetParser.Part::sub).toList());
                // breakdowns as parallel lists too; a breakdown's value is one of the parts (-1: it names units)
                var breakdowns = parsed.breakdowns();
                p.put(
                        "breakdownRaw",
                        breakdowns.stream().map(Breakdowns.Breakdown::raw).toList());
                p.put(
                        "breakdownLabel",
                        breakdowns.stream().map(b -> nonNull(b.label())).toList());
                p.put(
                        "breakdownCounts",
                        breakdowns.stream().map(b -> nonNull(b.counts())).toList());
                p.put(
                        "breakdownPart",
                        breakdowns.stream()
                                .map(b -> indexOf(parsed.parts(), b.part()))
                                .toList());
                rows.add(Map.of("item", item.key(), "key", p.get("key"), "props", p));
            }
        }
        run("""
                UNWIND $rows AS row
                MATCH (i:PlanItem {key: row.item})
                MERGE (t:Target {key: row.key})
                SET t = row.props
                MERGE (i)-[r:%s]->(t)
                SET r.seedVersion = $version
                """.formatted(type), Map.of("rows", rows, "version", version));
    }

    /** Removes what an earlier seed wrote and this one does not have; data not written by a seed is kept. */
    private void prune() {
        run("""
                MATCH (n) WHERE (n:Agency OR n:Document OR n:PlanItem OR n:Target OR n:Indicator)
                  AND n.seedVersion IS NOT NULL AND n.seedVersion <> $version
                DETACH DELETE n
                """, Map.of("version", version));
        run("""
                MATCH ()-[r]->() WHERE r.seedVersion IS NOT NULL AND r.seedVersion <> $version
                DELETE r
                """, Map.of("version", version));
    }

    private void run(String cypher, Map<String, Object> params) {
        counts = counts.plus(tx.run(cypher, params).consume());
    }
}
