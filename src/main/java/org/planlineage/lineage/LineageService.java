package org.planlineage.lineage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.neo4j.driver.Value;
import org.planlineage.document.Provenance;
import org.planlineage.graph.GlobalId;
import org.planlineage.graph.NodeLoader;
import org.planlineage.graph.NodeType;
import org.planlineage.graph.Relation;
import org.planlineage.graphql.ApiException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Walks the graph breadth-first from a document or plan item, one query per hop for the whole frontier, so a
 * lineage costs at most {@code maxDepth + 1} walking queries and three loading queries, whatever its size. Each node
 * is visited once (cycles end there), each edge is kept once (a diamond has its two edges, not two copies of the
 * node), and the walk stops at the depth asked for or at the configured size bound, answering {@code truncated}.
 */
@Service
class LineageService {

    /** UP: from the derived node along every followed relation to what it derives from (always a document). */
    private static final String UP = """
            // the frontier, label by label: keys are unique within a label only
            CALL {
              UNWIND $documents AS k MATCH (n:Document {key: k}) RETURN n
              UNION
              UNWIND $items AS k MATCH (n:PlanItem {key: k}) RETURN n
            }
            // outwards: a plan item to the document that sets it and to its row's legal basis, a document to what it
            // cites; units are not above anything
            MATCH (n)-[r]->(m:Document)
            WHERE type(r) IN $relations
            RETURN n.key AS parent, labels(n)[0] AS parentLabel, m.key AS child, labels(m)[0] AS childLabel,
                   n.key AS fromKey, labels(n)[0] AS fromLabel, m.key AS toKey, labels(m)[0] AS toLabel,
                   type(r) AS relation, properties(r) AS props
            ORDER BY parent, relation, child
            """;

    /** DOWN: from a node to what derives from it; edges still point from the derived node to its base. */
    private static final String DOWN = """
            CALL {
              UNWIND $documents AS k MATCH (n:Document {key: k}) RETURN n
              UNION
              UNWIND $items AS k MATCH (n:PlanItem {key: k}) RETURN n
              UNION
              UNWIND $agencies AS k MATCH (n:Agency {key: k}) RETURN n
            }
            CALL {
              // documents that cite a document, and plan items set in it or based on it
              WITH n
              MATCH (n:Document)<-[r]-(m)
              WHERE type(r) IN $relations AND (m:Document OR m:PlanItem)
              RETURN r, m, m AS derived, n AS base
              UNION
              // the units a plan item assigns (lead, cooperating)
              WITH n
              MATCH (n:PlanItem)-[r:LEAD|COOPERATING]->(m:Agency)
              WHERE type(r) IN $relations
              RETURN r, m, n AS derived, m AS base
              UNION
              // a group ("UBND 11 phường") expanded to its members
              WITH n
              MATCH (n:Agency)<-[r:MEMBER_OF]-(m:Agency)
              WHERE type(r) IN $relations
              RETURN r, m, m AS derived, n AS base
            }
            RETURN n.key AS parent, labels(n)[0] AS parentLabel, m.key AS child, labels(m)[0] AS childLabel,
                   derived.key AS fromKey, labels(derived)[0] AS fromLabel, base.key AS toKey,
                   labels(base)[0] AS toLabel, type(r) AS relation, properties(r) AS props
            ORDER BY parent, relation, child
            """;

    private record Hop(String parent, String child, String from, String to, Relation relation, List<Provenance> prov) {}

    private final Neo4jClient client;
    private final LineageProperties limits;
    private final NodeLoader nodeLoader;

    LineageService(Neo4jClient client, LineageProperties limits, NodeLoader nodeLoader) {
        this.client = client;
        this.limits = limits;
        this.nodeLoader = nodeLoader;
    }

    Lineage lineage(String from, Direction direction, Integer maxDepth, List<Relation> relations, boolean withPaths) {
        int depth = maxDepth == null ? 10 : maxDepth;
        if (depth < 1 || depth > limits.maxDepth()) {
            throw ApiException.badRequest("'maxDepth' must be between 1 and " + limits.maxDepth()
                    + " (the server's lineage depth limit, app.lineage.max-depth), got " + depth);
        }
        String rootId = resolveRoot(from);
        boolean up = direction == Direction.UP;
        List<String> followed = (relations == null || relations.isEmpty() ? Relation.followedByDefault() : relations)
                .stream().map(Enum::name).toList();

        var degree = new LinkedHashMap<String, Integer>();
        degree.put(rootId, 0);
        var edges = new TreeMap<String, Lineage.Edge>();
        var children = new HashMap<String, List<Hop>>();
        boolean truncated = false;
        List<String> frontier = List.of(rootId);
        for (int hop = 1; !frontier.isEmpty(); hop++) {
            List<Hop> hops = expand(frontier, up, followed);
            if (hop > depth) {
                // one look past the limit, only to tell the caller whether the cut hid anything
                truncated = hops.stream().anyMatch(h -> !degree.containsKey(h.child()));
                break;
            }
            var next = new ArrayList<String>();
            for (Hop h : hops) {
                if (!degree.containsKey(h.child())) {
                    if (degree.size() >= limits.maxNodes()) {
                        truncated = true;
                        continue;
                    }
                    degree.put(h.child(), hop);
                    next.add(h.child());
                }
                edges.putIfAbsent(
                        h.from() + " " + h.relation() + " " + h.to(),
                        new Lineage.Edge(h.from(), h.to(), h.relation(), h.prov()));
                children.computeIfAbsent(h.parent(), k -> new ArrayList<>()).add(h);
            }
            frontier = next;
        }

        Map<String, Object> entities = load(degree.keySet());
        var nodes = degree.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Lineage.Node(e.getValue(), entities.get(e.getKey())))
                .toList();
        var paths = new ArrayList<Lineage.Path>();
        boolean pathsCut = withPaths && !paths(rootId, children, entities, new ArrayList<>(), new HashSet<>(), paths);
        return new Lineage(nodes.get(0), nodes, List.copyOf(edges.values()), paths, truncated || pathsCut);
    }

    /** The root's global id; it must be an existing Document or PlanItem, given by id or by key. */
    private String resolveRoot(String from) {
        Optional<GlobalId> id = GlobalId.parse(from);
        if (id.isPresent()) {
            NodeType type = id.get().type();
            if (type != NodeType.DOCUMENT && type != NodeType.PLAN_ITEM) {
                throw ApiException.badRequest(
                        "A lineage starts at a Document or a PlanItem; '" + from + "' is an " + type.typeName());
            }
            if (nodeLoader.load(id.get()) != null) {
                return id.get().toString();
            }
        } else {
            for (NodeType type : List.of(NodeType.DOCUMENT, NodeType.PLAN_ITEM)) {
                if (nodeLoader.load(type.id(from)) != null) {
                    return type.id(from).toString();
                }
            }
        }
        throw ApiException.notFound("No document or plan item with id or key '" + from + "'");
    }

    private List<Hop> expand(List<String> frontier, boolean up, List<String> relations) {
        var byLabel = new HashMap<String, List<String>>();
        for (String label : List.of("Document", "PlanItem", "Agency")) {
            byLabel.put(label, new ArrayList<>());
        }
        frontier.forEach(id -> {
            GlobalId g = GlobalId.parse(id).orElseThrow();
            byLabel.get(g.type().label()).add(g.key());
        });
        return client
                .query(up ? UP : DOWN)
                .bind(byLabel.get("Document"))
                .to("documents")
                .bind(byLabel.get("PlanItem"))
                .to("items")
                .bind(byLabel.get("Agency"))
                .to("agencies")
                .bind(relations)
                .to("relations")
                .fetchAs(Hop.class)
                .mappedBy((t, r) -> new Hop(
                        id(r.get("parentLabel"), r.get("parent")),
                        id(r.get("childLabel"), r.get("child")),
                        id(r.get("fromLabel"), r.get("fromKey")),
                        id(r.get("toLabel"), r.get("toKey")),
                        Relation.valueOf(r.get("relation").asString()),
                        Provenance.from(r.get("props"))))
                .all()
                .stream()
                .toList();
    }

    private static String id(Value label, Value key) {
        return NodeType.byLabel(label.asString())
                .orElseThrow()
                .id(key.asString())
                .toString();
    }

    /** The entities behind the ids: one query per type. */
    private Map<String, Object> load(Set<String> ids) {
        var result = new HashMap<String, Object>();
        nodeLoader
                .load(ids.stream().map(id -> GlobalId.parse(id).orElseThrow()).toList())
                .forEach((id, node) -> result.put(id.toString(), node));
        return result;
    }

    /**
     * Depth-first, every path from the root to a node with nothing further (a top UP, a bottom DOWN); a node already
     * on the path is not entered again. Returns false when {@code maxPaths} cut the listing.
     */
    private boolean paths(
            String at,
            Map<String, List<Hop>> children,
            Map<String, Object> entities,
            List<Lineage.Step> path,
            Set<String> onPath,
            List<Lineage.Path> out) {
        if (path.isEmpty()) {
            path.add(new Lineage.Step(entities.get(at), null, List.of()));
        }
        onPath.add(at);
        var next = children.getOrDefault(at, List.of()).stream()
                .filter(h -> !onPath.contains(h.child()) && entities.containsKey(h.child()))
                .sorted(Comparator.comparing(Hop::child)
                        .thenComparing(h -> h.relation().name()))
                .toList();
        boolean complete = true;
        if (next.isEmpty()) {
            if (out.size() >= limits.maxPaths()) {
                complete = false;
            } else {
                out.add(new Lineage.Path(List.copyOf(path)));
            }
        }
        for (Hop h : next) {
            if (!complete) {
                break;
            }
            path.add(new Lineage.Step(entities.get(h.child()), h.relation(), h.prov()));
            complete = paths(h.child(), children, entities, path, onPath, out);
            path.remove(path.size() - 1);
        }
        onPath.remove(at);
        return complete;
    }
}
