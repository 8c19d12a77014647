package org.planlineage.agency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planlineage.document.Provenance;
import org.planlineage.graphql.Paging;
import org.planlineage.text.Folding;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Cypher for agencies, groups, successions and responsibilities. */
@Repository
public class AgencyQueries {

    private static final String PROJECTION = "a {.*, parentKey: [(a)-[:PART_OF]->(p:Agency) | p.key][0]}";
    private static final String LEVEL_ORDER =
            "CASE a.level WHEN 'NATIONAL' THEN 0 WHEN 'PROVINCE' THEN 1 WHEN 'DISTRICT' THEN 2 "
                    + "WHEN 'COMMUNE' THEN 3 ELSE 4 END";

    private final Neo4jClient client;

    AgencyQueries(Neo4jClient client) {
        this.client = client;
    }

    public Map<String, Agency> byKeys(Collection<String> keys) {
        var result = new LinkedHashMap<String, Agency>();
        client.query("MATCH (a:Agency) WHERE a.key IN $keys RETURN " + PROJECTION + " AS a ORDER BY a.key")
                .bind(List.copyOf(keys))
                .to("keys")
                .fetchAs(Agency.class)
                .mappedBy((t, r) -> Agency.fromMap(r.get("a").asMap()))
                .all()
                .forEach(a -> result.put(a.key(), a));
        return result;
    }

    public Page page(String search, String level, String kind, Paging paging) {
        String match = """
                MATCH (a:Agency)
                WHERE ($level IS NULL OR a.level = $level)
                  AND ($kind IS NULL OR a.kind = $kind)
                  AND ($search IS NULL OR a.searchText CONTAINS $search)
                """;
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("level", level);
        params.put("kind", kind);
        params.put("search", search == null ? null : Folding.fold(search));
        long total = client.query(match + " RETURN count(a)")
                .bindAll(params)
                .fetchAs(Long.class)
                .one()
                .orElse(0L);
        params.put("skip", paging.offset());
        params.put("limit", paging.limit());
        var agencies = client
                .query(match + " WITH a ORDER BY " + LEVEL_ORDER + ", a.name, a.key"
                        + " SKIP $skip LIMIT $limit RETURN " + PROJECTION + " AS a")
                .bindAll(params)
                .fetchAs(Agency.class)
                .mappedBy((t, r) -> Agency.fromMap(r.get("a").asMap()))
                .all()
                .stream()
                .toList();
        return new Page(agencies, (int) total);
    }

    public record Page(List<Agency> agencies, int totalCount) {}

    /** Member keys per group key (MEMBER_OF points from member to group), ordered by name. */
    public Map<String, List<String>> members(Collection<String> groupKeys) {
        return pairs(
                "MATCH (m:Agency)-[:MEMBER_OF]->(g:Agency) WHERE g.key IN $keys "
                        + "RETURN g.key AS owner, m.key AS other ORDER BY owner, m.name, other",
                groupKeys);
    }

    /** Group keys per member key. */
    public Map<String, List<String>> memberOf(Collection<String> memberKeys) {
        return pairs(
                "MATCH (m:Agency)-[:MEMBER_OF]->(g:Agency) WHERE m.key IN $keys "
                        + "RETURN m.key AS owner, g.key AS other ORDER BY owner, g.name, other",
                memberKeys);
    }

    private Map<String, List<String>> pairs(String cypher, Collection<String> keys) {
        var result = new LinkedHashMap<String, List<String>>();
        keys.forEach(k -> result.put(k, new ArrayList<>()));
        client.query(cypher)
                .bind(List.copyOf(keys))
                .to("keys")
                .fetch()
                .all()
                .forEach(row -> result.get((String) row.get("owner")).add((String) row.get("other")));
        return result;
    }

    /** Successors (forward) or predecessors (backward) per agency key. */
    public Map<String, List<Succession>> successions(Collection<String> keys, boolean forward) {
        var result = new LinkedHashMap<String, List<Succession>>();
        keys.forEach(k -> result.put(k, new ArrayList<>()));
        String match = forward
                ? "MATCH (a:Agency)-[r:SUCCEEDED_BY]->(o:Agency)"
                : "MATCH (a:Agency)<-[r:SUCCEEDED_BY]-(o:Agency)";
        client.query(match + " WHERE a.key IN $keys RETURN a.key AS owner, o.key AS other, properties(r) AS r"
                        + " ORDER BY owner, other")
                .bind(List.copyOf(keys))
                .to("keys")
                .fetch()
                .all()
                .forEach(row -> {
                    @SuppressWarnings("unchecked")
                    var props = (Map<String, Object>) row.get("r");
                    result.get((String) row.get("owner"))
                            .add(new Succession(
                                    (String) row.get("other"),
                                    (LocalDate) props.get("since"),
                                    Provenance.fromProperties(props)));
                });
        return result;
    }

    /**
     * Everyone answering for each item: lead units first, then cooperating, in the order the cells name them; with
     * {@code expand}, a group with members is replaced by its members (each with {@code via} the group), and a
     * group without members stays itself.
     */
    public Map<String, List<Responsibility>> responsibilities(Collection<String> itemKeys, boolean expand) {
        var result = new LinkedHashMap<String, List<Responsibility>>();
        itemKeys.forEach(k -> result.put(k, new ArrayList<>()));
        client.query("""
                        MATCH (p:PlanItem)-[r:LEAD|COOPERATING]->(a:Agency)
                        WHERE p.key IN $keys
                        // a group is expanded one level to its members; a group with no members stays itself
                        OPTIONAL MATCH (m:Agency)-[:MEMBER_OF]->(a) WHERE $expand
                        WITH p, r, a, m ORDER BY m.name, m.key
                        WITH p, r, a, collect(m) AS members
                        UNWIND CASE WHEN size(members) = 0 THEN [null] ELSE members END AS member
                        RETURN p.key AS item, type(r) AS role,
                               coalesce(member.key, a.key) AS agency,
                               CASE WHEN member IS NULL THEN null ELSE a.key END AS via
                        ORDER BY item, role = 'COOPERATING', r.position, coalesce(member.name, ''), agency
                        """)
                .bind(List.copyOf(itemKeys))
                .to("keys")
                .bind(expand)
                .to("expand")
                .fetch()
                .all()
                .forEach(row -> result.get((String) row.get("item"))
                        .add(new Responsibility(
                                (String) row.get("agency"), (String) row.get("role"), (String) row.get("via"))));
        return result;
    }
}
