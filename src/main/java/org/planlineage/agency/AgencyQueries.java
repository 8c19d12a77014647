package org.planlineage.agency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.planlineage.graph.GraphReads;
import org.planlineage.graph.KeyPair;
import org.planlineage.graph.NodeSource;
import org.planlineage.graph.NodeType;
import org.planlineage.graphql.Paging;
import org.planlineage.text.Folding;
import org.springframework.stereotype.Repository;

/** Cypher for agencies, groups and responsibilities (successions: {@link SuccessionQueries}). */
@Repository
public class AgencyQueries implements NodeSource<Agency> {

    private static final String PROJECTION = Agency.PROJECTION;
    /** The position of the agency's level in {@code $levels} (highest first); an agency without one comes last. */
    private static final String LEVEL_ORDER =
            "coalesce(head([i IN range(0, size($levels) - 1) WHERE $levels[i] = a.level]), size($levels))";

    private static final List<String> LEVELS =
            Arrays.stream(AdminLevel.values()).map(Enum::name).toList();

    private final GraphReads reads;

    AgencyQueries(GraphReads reads) {
        this.reads = reads;
    }

    @Override
    public NodeType nodeType() {
        return NodeType.AGENCY;
    }

    @Override
    public String projection() {
        return "WITH n AS a RETURN " + Agency.PROJECTION + " AS node";
    }

    @Override
    public Agency read(Value node) {
        return Agency.from(node);
    }

    @Override
    public Map<String, Agency> byKeys(Collection<String> keys) {
        var result = new LinkedHashMap<String, Agency>();
        if (keys.isEmpty()) {
            return result;
        }
        reads.query("MATCH (a:Agency) WHERE a.key IN $keys RETURN " + PROJECTION + " AS a ORDER BY a.key")
                .bind("keys", List.copyOf(keys))
                .list(r -> Agency.from(r.get("a")))
                .forEach(a -> result.put(a.key(), a));
        return result;
    }

    /** One page of agencies, highest level first, then by name, and how many match in all. */
    public Page page(String search, AdminLevel level, AgencyKind kind, Paging paging) {
        String match = """
                MATCH (a:Agency)
                WHERE ($level IS NULL OR a.level = $level)
                  AND ($kind IS NULL OR a.kind = $kind)
                  AND ($search IS NULL OR a.searchText CONTAINS $search)
                """;
        long total = filtered(match + " RETURN count(a) AS n", search, level, kind)
                .one(r -> r.get("n").asLong())
                .orElse(0L);
        var agencies = filtered(
                        match + " WITH a ORDER BY " + LEVEL_ORDER + ", a.name, a.key"
                                + " SKIP $skip LIMIT $limit RETURN " + PROJECTION + " AS a",
                        search,
                        level,
                        kind)
                .bind("levels", LEVELS)
                .bind("skip", paging.offset())
                .bind("limit", paging.limit())
                .list(r -> Agency.from(r.get("a")))
                .stream()
                .toList();
        return new Page(agencies, (int) total);
    }

    public record Page(List<Agency> agencies, int totalCount) {}

    /** The statement with the filter's parameters bound; an absent one binds null, which matches everything. */
    private GraphReads.Statement filtered(String cypher, String search, AdminLevel level, AgencyKind kind) {
        return reads.query(cypher)
                .bind("level", level == null ? null : level.name())
                .bind("kind", kind == null ? null : kind.name())
                .bind("search", search == null ? null : Folding.fold(search));
    }

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
        reads.query(cypher)
                .bind("keys", List.copyOf(keys))
                .list(r -> new KeyPair(r.get("owner").asString(), r.get("other").asString()))
                .forEach(pair -> result.get(pair.owner()).add(pair.other()));
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
        reads.query("""
                        MATCH (p:PlanItem)-[r:LEAD|COOPERATING]->(a:Agency)
                        WHERE p.key IN $keys
                        // a group is expanded one level to its members; a group with no members stays itself
                        OPTIONAL MATCH (m:Agency)-[:MEMBER_OF]->(a) WHERE $expand
                        WITH p, r, a, m ORDER BY m.name, m.key
                        WITH p, r, a, collect(m) AS members
                        UNWIND CASE WHEN size(members) = 0 THEN [null] ELSE members END AS member
                        WITH p, r, a, member, coalesce(member, a) AS unit
                        RETURN p.key AS item, type(r) AS role,
                               %s AS agency,
                               CASE WHEN member IS NULL THEN null ELSE %s END AS via
                        ORDER BY item, role = 'COOPERATING', r.position, coalesce(member.name, ''), agency.key
                        """.formatted(Agency.projection("unit"), Agency.projection("a")))
                .bind("keys", List.copyOf(itemKeys))
                .bind("expand", expand)
                .list(r -> new ItemResponsibility(
                        r.get("item").asString(),
                        new Responsibility(
                                Agency.from(r.get("agency")),
                                // the relationship's type is the role's name (LEAD, COOPERATING)
                                ResponsibilityRole.valueOf(r.get("role").asString()),
                                r.get("via").isNull() ? null : Agency.from(r.get("via")))))
                .forEach(i -> result.get(i.item()).add(i.responsibility()));
        return result;
    }

    private record ItemResponsibility(String item, Responsibility responsibility) {}
}
