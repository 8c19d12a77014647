package org.planlineage.agency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.planlineage.document.Provenance;
import org.planlineage.graph.Decoding;
import org.planlineage.graph.GraphReads;
import org.springframework.stereotype.Repository;

/**
 * Cypher for successions: {@code (predecessor:Agency)-[:SUCCEEDED_BY {since, decidedOn, share, doubt, prov*}]->
 * (successor:Agency)}, one relationship per stated succession (docs/decisions.md, "Successions").
 */
@Repository
public class SuccessionQueries {

    /** Every unit reachable from the asked ones through at most {@link WhoAnswers#MAX_STEPS} successions. */
    private static final String AROUND = """
            MATCH (a:Agency) WHERE a.key IN $keys
            // the asked units themselves (zero hops), then each unit a chain of successions reaches, one hop past the
            // bound, so that a chain cut at the bound is known to be cut
            OPTIONAL MATCH (a)-[:SUCCEEDED_BY*0..%d]->(x:Agency)-[r:SUCCEEDED_BY]->(y:Agency)
            RETURN DISTINCT a.key AS start, a.name AS startName, x.key AS owner, x.name AS ownerName,
                   y.key AS other, y.name AS otherName, properties(r) AS r
            ORDER BY start, owner, other
            """.formatted(WhoAnswers.MAX_STEPS);

    private final GraphReads reads;

    SuccessionQueries(GraphReads reads) {
        this.reads = reads;
    }

    /** Successors (forward) or predecessors (backward) per agency key, each list ordered by the other unit's key. */
    public Map<String, List<Succession>> successions(Collection<String> keys, boolean forward) {
        var result = new LinkedHashMap<String, List<Succession>>();
        keys.forEach(k -> result.put(k, new ArrayList<>()));
        if (keys.isEmpty()) {
            return result;
        }
        String match = forward
                ? "MATCH (a:Agency)-[r:SUCCEEDED_BY]->(o:Agency)"
                : "MATCH (a:Agency)<-[r:SUCCEEDED_BY]-(o:Agency)";
        reads.query(match + " WHERE a.key IN $keys RETURN a.key AS owner, o.key AS other, properties(r) AS r"
                        + " ORDER BY owner, other")
                .bind("keys", List.copyOf(keys))
                .list(r -> new Owned(r.get("owner").asString(), succession(r.get("other"), r.get("r"))))
                .forEach(s -> result.get(s.owner()).add(s.succession()));
        return result;
    }

    /** The successions around a set of units, and the names of the units in them. */
    record Around(Map<String, List<Succession>> successors, Map<String, String> names) {}

    /** Every succession out of the asked units and out of every unit they lead to, with one statement. */
    Around around(Collection<String> keys) {
        var successors = new LinkedHashMap<String, List<Succession>>();
        var names = new LinkedHashMap<String, String>();
        var seen = new java.util.HashSet<String>();
        if (keys.isEmpty()) {
            return new Around(successors, names);
        }
        reads.query(AROUND)
                .bind("keys", List.copyOf(keys))
                .list(r -> new Row(
                        r.get("start").asString(),
                        r.get("startName").asString(null),
                        r.get("owner").asString(null),
                        r.get("ownerName").asString(null),
                        r.get("otherName").asString(null),
                        r.get("owner").isNull() ? null : succession(r.get("other"), r.get("r"))))
                .forEach(row -> {
                    names.put(row.start(), row.startName());
                    if (row.succession() == null) {
                        return; // a unit with no succession out of it
                    }
                    names.put(row.owner(), row.ownerName());
                    names.put(row.succession().agencyKey(), row.otherName());
                    // a succession reached from two asked units comes twice
                    if (seen.add(row.owner() + ">" + row.succession().agencyKey())) {
                        successors
                                .computeIfAbsent(row.owner(), k -> new ArrayList<>())
                                .add(row.succession());
                    }
                });
        return new Around(successors, names);
    }

    private record Row(
            String start, String startName, String owner, String ownerName, String otherName, Succession succession) {}

    private static Succession succession(Value other, Value r) {
        return new Succession(
                other.asString(),
                r.get("since").asLocalDate(null),
                r.get("decidedOn").asLocalDate(null),
                Decoding.enumValue(SuccessionShare.class, r.get("share")),
                r.get("doubt").asString(null),
                Provenance.from(r));
    }

    private record Owned(String owner, Succession succession) {}
}
