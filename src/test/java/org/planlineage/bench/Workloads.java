package org.planlineage.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The five workloads of issue 12, each with the keys it starts from (the seed's by default; another scale names its
 * own), the GraphQL request, the hand-written Cypher for the same answer, and how each answer reads canonically.
 */
final class Workloads {

    /**
     * The keys the workloads start from; {@code within} is the committee whose subtree the area comparison covers
     * (none: no area comparison).
     */
    record Keys(String upFrom, String downFrom, String indicator, String searchText, String itemsOf, String within) {
        static final Keys SEED = new Keys(
                "3100-qd-ubnd-2023:12",
                "742-qd-ubnd-2023",
                "ty-le-cbccvc-pho-cap-ky-nang-so-co-ban",
                "ty le ho so cong viec tai phuong",
                "206-qd-ubnd-2024",
                null);

        /**
         * The national graph's (docs/bench/national-load.sh, any scale: the codes t01, h001, x00001 exist at every
         * scale). Lineage UP from the first row of commune x00001's 2024 plan; DOWN from Quyết định 749/QĐ-TTg, which
         * every province's 2023 and 2024 plan implements (the whole country's plans of two years below it: a lineage
         * cut by the size bounds); a core indicator (a row in every plan); words of a core row's text; the 2024
         * plan of province t01 (Hà Nội) for the page of rows, and its committee for the comparison across a province.
         */
        static final Keys NATIONAL = new Keys(
                "kh-cds-2024-x00001:1",
                "749-qd-ttg-2020",
                "cds-tthc-toan-trinh-dat-dai",
                "ho so thu tuc hanh chinh dat dai truc tuyen",
                "kh-cds-2024-t01",
                "ubnd-tp-ha-noi");

        /** A preset ({@code seed}, {@code national}) with any key the options name instead. */
        static Keys of(Map<String, String> options) {
            Keys preset = switch (options.getOrDefault("preset", "seed")) {
                case "seed" -> SEED;
                case "national" -> NATIONAL;
                default ->
                    throw new IllegalArgumentException("--preset is seed or national, not " + options.get("preset"));
            };
            return new Keys(
                    options.getOrDefault("up", preset.upFrom()),
                    options.getOrDefault("down", preset.downFrom()),
                    options.getOrDefault("indicator", preset.indicator()),
                    options.getOrDefault("search", preset.searchText()),
                    options.getOrDefault("items", preset.itemsOf()),
                    options.getOrDefault("within", preset.within()));
        }
    }

    private static final String UP_RELATIONS = "SET_IN|LEGAL_BASIS|IMPLEMENTS|ISSUES|PROPOSED_BY";

    private Workloads() {}

    static List<Workload> all(Keys keys) {
        var all = new ArrayList<>(List.of(up(keys), down(keys), compare(keys), search(keys), items(keys)));
        if (keys.within() != null) {
            all.add(3, compareWithin(keys)); // after the whole-indicator comparison
        }
        all.add(floor()); // last: the first workload is the start-up probe, and this one reads nothing
        return List.copyOf(all);
    }

    /**
     * The fixed cost of a request: a GraphQL document that reads nothing ({@code { __typename }}, answered by
     * graphql-java without a data fetcher or a statement) against the cheapest statement over Bolt. What the API
     * spends on it is its request path (Tomcat, the filters, Spring MVC, Spring for GraphQL, parse, validation, the
     * instrumentations, Jackson); what the raw side spends is the driver's session, transaction and round trip.
     */
    static Workload floor() {
        return new Workload(
                "floor",
                "the fixed cost: { __typename } against RETURN 'Query'",
                "{ __typename }",
                Map.of(),
                "RETURN 'Query' AS typename",
                Map.of(),
                data -> List.of(data.path("__typename").asText()),
                records ->
                        records.stream().map(r -> r.get("typename").asString()).toList());
    }

    static Workload up(Keys keys) {
        return new Workload(
                "lineage-up",
                "lineage UP from " + keys.upFrom() + ", with paths",
                """
                query($from: ID!) { lineage(from: $from, direction: UP) {
                  nodes { degree node { id } } edges { from to relation } paths { steps { node { id } } } } }""",
                Map.of("from", keys.upFrom()),
                """
                MATCH (root:PlanItem {key: $key})
                // every walk up along the derivations (every relation but CITES), within the default depth
                MATCH w = (root)-[:%s*0..10]->(end)
                WITH collect(w) AS walks
                RETURN
                  // each node once, at its smallest hop count
                  COLLECT { UNWIND walks AS w WITH last(nodes(w)) AS n, min(length(w)) AS degree
                            RETURN [labels(n)[0] + ':' + n.key, degree] } AS nodes,
                  // each relationship once
                  COLLECT { UNWIND walks AS w UNWIND relationships(w) AS r WITH DISTINCT r
                            RETURN [labels(startNode(r))[0] + ':' + startNode(r).key, type(r),
                                    labels(endNode(r))[0] + ':' + endNode(r).key] } AS edges,
                  // the walks that reach a top
                  COLLECT { UNWIND walks AS w WITH w, last(nodes(w)) AS end
                            WHERE NOT EXISTS { (end)-[:%s]->() }
                            RETURN [n IN nodes(w) | labels(n)[0] + ':' + n.key] } AS paths
                """.formatted(UP_RELATIONS, UP_RELATIONS),
                Map.of("key", keys.upFrom()),
                data -> lineage(data.path("lineage"), true),
                records -> rawLineage(records.get(0), true));
    }

    static Workload down(Keys keys) {
        return new Workload(
                "lineage-down",
                "lineage DOWN from " + keys.downFrom() + ", no paths",
                """
                query($from: ID!) { lineage(from: $from, direction: DOWN) {
                  nodes { degree node { id } } edges { from to relation } } }""",
                Map.of("from", keys.downFrom()),
                """
                MATCH (root:Document {key: $key})
                // the documents that derive from the root, each at its smallest hop count
                MATCH w = (root)<-[:LEGAL_BASIS|IMPLEMENTS|ISSUES|PROPOSED_BY*0..10]-(d:Document)
                WITH d, min(length(w)) AS degree
                WITH collect([d, degree]) AS docs
                // the plan items set in or based on them, one hop past their nearest document
                CALL (docs) {
                  UNWIND docs AS x
                  WITH x[0] AS d, x[1] AS dd WHERE dd < 10
                  MATCH (d)<-[:LEGAL_BASIS|IMPLEMENTS|ISSUES|PROPOSED_BY|SET_IN]-(p:PlanItem)
                  WITH p, min(dd) + 1 AS degree
                  RETURN collect([p, degree]) AS items
                }
                // the units those items assign, and the members of the groups among them
                CALL (items) {
                  UNWIND items AS x
                  WITH x[0] AS p, x[1] AS pd WHERE pd < 10
                  MATCH (p)-[:LEAD|COOPERATING]->(a:Agency)
                  WITH a, min(pd) + 1 AS degree
                  CALL (a, degree) {
                    RETURN a AS unit, degree AS ud
                    UNION
                    WITH a, degree WHERE degree < 10
                    MATCH (a)<-[:MEMBER_OF]-(m:Agency)
                    RETURN m AS unit, degree + 1 AS ud
                  }
                  WITH unit, min(ud) AS degree
                  RETURN collect([unit, degree]) AS units
                }
                WITH docs + items + units AS reached
                // every followed relationship out of a node short of the depth
                CALL (reached) {
                  UNWIND reached AS x
                  WITH x[0] AS n, x[1] AS degree WHERE degree < 10
                  CALL (n) {
                    MATCH (n:Document)<-[r:LEGAL_BASIS|IMPLEMENTS|ISSUES|PROPOSED_BY|SET_IN]-(m)
                    WHERE m:Document OR m:PlanItem
                    RETURN r
                    UNION
                    MATCH (n:PlanItem)-[r:LEAD|COOPERATING]->(:Agency) RETURN r
                    UNION
                    MATCH (n:Agency)<-[r:MEMBER_OF]-(:Agency) RETURN r
                  }
                  RETURN collect([labels(startNode(r))[0] + ':' + startNode(r).key, type(r),
                                  labels(endNode(r))[0] + ':' + endNode(r).key]) AS edges
                }
                RETURN [x IN reached | [labels(x[0])[0] + ':' + x[0].key, x[1]]] AS nodes, edges
                """,
                Map.of("key", keys.downFrom()),
                data -> lineage(data.path("lineage"), false),
                records -> rawLineage(records.get(0), false));
    }

    static Workload compare(Keys keys) {
        return new Workload(
                "compare",
                "compare " + keys.indicator() + ", every year",
                """
                query($indicator: String!) { compare(indicator: $indicator) {
                  entries { year level item { key } target { raw } } pairs { year verdict } } }""",
                Map.of("indicator", keys.indicator()),
                """
                // the hint: without it the planner scans the key index of every indicator (301 db hits, 106 with it)
                MATCH (i:Indicator {key: $key})<-[:SETS]-(p:PlanItem)-[:SET_IN]->(d:Document)
                USING INDEX i:Indicator(key)
                MATCH (p)-[:HAS_TARGET]->(t:Target)
                RETURN p.key AS item, d.key AS document, d.level AS level, t.year AS year, t.raw AS raw,
                       t.comparator AS comparator, t.value AS value, t.unit AS unit, t.scope AS scope
                ORDER BY year, item
                """,
                Map.of("key", keys.indicator()),
                Workloads::compareLines,
                Workloads::rawCompareLines);
    }

    private static List<String> compareLines(JsonNode data) {
        return sorted(StreamSupport.stream(data.path("compare").path("entries").spliterator(), false)
                .map(e -> e.path("year").asInt() + " " + e.path("level").asText() + " "
                        + e.path("item").path("key").asText() + " "
                        + e.path("target").path("raw").asText())
                .toList());
    }

    private static List<String> rawCompareLines(List<Record> records) {
        return sorted(records.stream()
                .map(r -> r.get("year").asInt() + " " + r.get("level").asString() + " "
                        + r.get("item").asString() + " " + r.get("raw").asString())
                .toList());
    }

    /** Compare one indicator across a province, its districts and its communes: issue 12's p95 under 50 ms. */
    static Workload compareWithin(Keys keys) {
        return new Workload(
                "compare-area",
                "compare " + keys.indicator() + " within " + keys.within() + ", every year",
                """
                query($indicator: String!, $within: String) { compare(indicator: $indicator, within: $within) {
                  entries { year level item { key } target { raw } } pairs { year verdict } } }""",
                Map.of("indicator", keys.indicator(), "within", keys.within()),
                """
                // the documents of the committee and of the units under it, then their rows that set the indicator:
                // one seek per document in the index sets_indicator_document, as the API's statement
                MATCH (:Agency {key: $within})<-[:PART_OF*0..3]-(:Agency)<-[:ISSUED_BY]-(d:Document)
                WITH DISTINCT d
                MATCH (p:PlanItem)-[s:SETS]->(:Indicator {key: $key})
                USING INDEX s:SETS(indicator, document)
                WHERE s.indicator = $key AND s.document = d.key
                WITH DISTINCT p, d
                MATCH (p)-[:HAS_TARGET]->(t:Target)
                RETURN p.key AS item, d.key AS document, d.level AS level, t.year AS year, t.raw AS raw,
                       t.comparator AS comparator, t.value AS value, t.unit AS unit, t.scope AS scope
                ORDER BY year, item
                """,
                Map.of("key", keys.indicator(), "within", keys.within()),
                data -> compareLines(data),
                records -> rawCompareLines(records));
    }

    static Workload search(Keys keys) {
        List<String> terms = List.of(keys.searchText().split(" "));
        String lucene = "\"" + String.join(" ", terms) + "\"^4 " + String.join(" ", terms);
        return new Workload(
                "search",
                "search \"" + keys.searchText() + "\", 20 hits",
                """
                query($text: String!) { search(text: $text, first: 20) { score node { id } snippet } }""",
                Map.of("text", keys.searchText()),
                """
                // the index keeps its best 20 (equal scores: in its own order), as the API asks it to
                CALL db.index.fulltext.queryNodes('search_text', $query, {limit: 20}) YIELD node, score
                // one map projection reads each hit's properties once (5 reads each as columns: 140 db hits, 60 so)
                RETURN labels(node)[0] AS label, node.key AS key, score,
                       node {.number, .title, .text, .name, .aliases} AS words
                ORDER BY score DESC, key
                """,
                Map.of("query", lucene),
                data -> StreamSupport.stream(data.path("search").spliterator(), false)
                        .map(h -> h.path("node").path("id").asText())
                        .toList(),
                records -> records.stream()
                        .map(r -> r.get("label").asString() + ":" + r.get("key").asString())
                        .toList());
    }

    static Workload items(Keys keys) {
        return new Workload(
                "items-100",
                "100 plan items of " + keys.itemsOf() + " with targets, units, legal basis, indicator",
                """
                query($key: String!) { document(key: $key) { items(first: 100) { nodes {
                  key targets { raw } lead { name } cooperating { name }
                  responsibleUnits { agency { key } via { key } } legalBasis { key } indicator { key } } } } }""",
                Map.of("key", keys.itemsOf()),
                """
                MATCH (d:Document {key: $key})<-[:SET_IN]-(p:PlanItem)
                WITH d, p ORDER BY p.kind = 'BUDGET_LINE', p.position LIMIT 100
                WITH d, p, COLLECT { MATCH (p)-[:LEGAL_BASIS]->(b:Document) RETURN b.key ORDER BY b.key } AS own
                RETURN p.key AS key,
                  COLLECT { MATCH (p)-[:HAS_TARGET]->(t:Target) RETURN t.raw ORDER BY t.year } AS targets,
                  COLLECT { MATCH (p)-[r:LEAD]->(a:Agency) RETURN a.name ORDER BY r.position } AS lead,
                  COLLECT { MATCH (p)-[r:COOPERATING]->(a:Agency) RETURN a.name ORDER BY r.position } AS cooperating,
                  // groups expanded one level to their members, each with the group it came through
                  COLLECT { MATCH (p)-[r:LEAD|COOPERATING]->(a:Agency)
                            OPTIONAL MATCH (m:Agency)-[:MEMBER_OF]->(a)
                            RETURN [coalesce(m.key, a.key), CASE WHEN m IS NULL THEN null ELSE a.key END]
                            ORDER BY type(r) = 'COOPERATING', r.position, coalesce(m.name, ''),
                                     coalesce(m.key, a.key) } AS responsible,
                  // the row's own legal basis, else its document's
                  CASE WHEN size(own) > 0 THEN own
                       ELSE COLLECT { MATCH (d)-[:LEGAL_BASIS]->(b:Document) RETURN b.key ORDER BY b.key } END
                    AS legalBasis,
                  COLLECT { MATCH (p)-[:SETS]->(i:Indicator) RETURN i.key } AS indicator
                """,
                Map.of("key", keys.itemsOf()),
                data -> StreamSupport.stream(
                                data.path("document")
                                        .path("items")
                                        .path("nodes")
                                        .spliterator(),
                                false)
                        .map(Workloads::apiItem)
                        .toList(),
                records -> records.stream().map(Workloads::rawItem).toList());
    }

    private static String apiItem(JsonNode p) {
        return String.join(
                " | ",
                p.path("key").asText(),
                texts(p.path("targets"), "raw"),
                texts(p.path("lead"), "name"),
                texts(p.path("cooperating"), "name"),
                StreamSupport.stream(p.path("responsibleUnits").spliterator(), false)
                        .map(u -> u.path("agency").path("key").asText() + "/"
                                + (u.path("via").isNull()
                                        ? ""
                                        : u.path("via").path("key").asText()))
                        .collect(Collectors.joining(",")),
                texts(p.path("legalBasis"), "key"),
                p.path("indicator").isNull()
                        ? ""
                        : p.path("indicator").path("key").asText());
    }

    private static String rawItem(Record r) {
        return String.join(
                " | ",
                r.get("key").asString(),
                String.join(",", r.get("targets").asList(Value::asString)),
                String.join(",", r.get("lead").asList(Value::asString)),
                String.join(",", r.get("cooperating").asList(Value::asString)),
                r
                        .get("responsible")
                        .asList(v -> v.get(0).asString() + "/" + v.get(1).asString(""))
                        .stream()
                        .collect(Collectors.joining(",")),
                String.join(",", r.get("legalBasis").asList(Value::asString)),
                String.join(",", r.get("indicator").asList(Value::asString)));
    }

    private static String texts(JsonNode list, String field) {
        return StreamSupport.stream(list.spliterator(), false)
                .map(n -> n.path(field).asText())
                .collect(Collectors.joining(","));
    }

    /** Nodes as {@code id@degree}, edges as {@code from RELATION to}, paths as ids joined by {@code >}; sorted. */
    private static List<String> lineage(JsonNode lineage, boolean withPaths) {
        var lines = new ArrayList<String>();
        lineage.path("nodes")
                .forEach(n -> lines.add("node " + n.path("node").path("id").asText() + "@"
                        + n.path("degree").asInt()));
        lineage.path("edges")
                .forEach(e -> lines.add("edge " + e.path("from").asText() + " "
                        + e.path("relation").asText() + " " + e.path("to").asText()));
        if (withPaths) {
            lineage.path("paths")
                    .forEach(p -> lines.add("path "
                            + StreamSupport.stream(p.path("steps").spliterator(), false)
                                    .map(s -> s.path("node").path("id").asText())
                                    .collect(Collectors.joining(">"))));
        }
        return sorted(lines);
    }

    private static List<String> rawLineage(Record r, boolean withPaths) {
        var lines = new ArrayList<String>();
        r.get("nodes")
                .values()
                .forEach(n ->
                        lines.add("node " + n.get(0).asString() + "@" + n.get(1).asInt()));
        r.get("edges")
                .values()
                .forEach(e -> lines.add("edge " + e.get(0).asString() + " "
                        + e.get(1).asString() + " " + e.get(2).asString()));
        if (withPaths) {
            r.get("paths").values().forEach(p -> lines.add("path " + String.join(">", p.asList(Value::asString))));
        }
        return sorted(lines);
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }
}
