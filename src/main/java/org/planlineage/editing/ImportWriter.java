package org.planlineage.editing;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.TransactionContext;

/**
 * Writes what an {@link ImportDiff} says changed, in the import's transaction: created and updated nodes get their
 * properties replaced and their owned relationships rewritten, links are merged, and what an earlier import of the
 * document wrote and this one no longer has is deleted. Unchanged things are not touched, so they keep the audit
 * properties (who, when, which change) of the import that last changed them.
 *
 * <p>Labels and relationship types in the statements come from this package's constants and are checked against
 * fixed sets; every value is a parameter.
 */
final class ImportWriter {

    /** Who wrote it, when, and in which change: set on every node and relationship an import writes. */
    record Audit(String by, ZonedDateTime at, String changeKey) {
        Map<String, Object> with(Map<String, Object> props) {
            var p = new HashMap<>(props);
            p.put("origin", "IMPORT");
            p.put("importedBy", by);
            p.put("importedAt", at);
            p.put("changeKey", changeKey);
            return p;
        }
    }

    private static final Set<String> LABELS = Set.of("Document", "PlanItem", "Target", "Indicator", "Agency");
    private static final Set<String> TYPES = Set.of(
            "ISSUED_BY",
            "LEGAL_BASIS",
            "IMPLEMENTS",
            "ISSUES",
            "PROPOSED_BY",
            "CITES",
            "SET_IN",
            "LEAD",
            "COOPERATING",
            "SETS",
            "HAS_TARGET",
            "HAS_RESULT");
    private static final Map<String, List<String>> OWNED = Map.of(
            "Document", List.of("ISSUED_BY"),
            "PlanItem", ImportState.ITEM_RELATIONS,
            "Target", List.of(),
            "Indicator", List.of());

    private final TransactionContext tx;
    private final String document;
    private final Audit audit;

    ImportWriter(TransactionContext tx, String document, Audit audit) {
        this.tx = tx;
        this.document = document;
        this.audit = audit;
    }

    void write(ImportDiff diff) {
        for (ChangeSubject s : ChangeSubject.values()) {
            remove(diff.removed().get(s));
        }
        var written = new ArrayList<Entity>();
        for (ChangeSubject s : ChangeSubject.values()) {
            written.addAll(diff.created().get(s));
            written.addAll(diff.updated().get(s));
        }
        var nodes =
                written.stream().filter(e -> e.subject() != ChangeSubject.LINK).toList();
        byLabel(nodes).forEach((label, group) -> {
            var rows = group.stream()
                    .map(e -> Map.of("key", e.key(), "props", audit.with(e.props())))
                    .toList();
            if (OWNED.get(label).isEmpty()) {
                run(
                        "UNWIND $rows AS row MERGE (n:%s {key: row.key}) SET n = row.props".formatted(label(label)),
                        Map.of("rows", rows));
            } else {
                // one statement: the node's properties replaced, then the relationships it owns dropped, to be
                // written again below (a node just created has none)
                run("""
                        UNWIND $rows AS row
                        MERGE (n:%s {key: row.key})
                        SET n = row.props
                        WITH n
                        OPTIONAL MATCH (n)-[r]->() WHERE type(r) IN $owned
                        DELETE r
                        """.formatted(label(label)), Map.of("rows", rows, "owned", OWNED.get(label)));
            }
        });
        var rels = new LinkedHashMap<String, List<Map<String, Object>>>();
        for (Entity e : written) {
            String from = e.subject() == ChangeSubject.LINK ? "Document" : e.label();
            String fromKey = e.subject() == ChangeSubject.LINK ? document : e.key();
            for (Entity.Rel r : e.rels()) {
                rels.computeIfAbsent(from + " " + type(r.type()) + " " + label(r.toLabel()), k -> new ArrayList<>())
                        .add(Map.of("from", fromKey, "to", r.toKey(), "props", audit.with(r.props())));
            }
        }
        rels.forEach((shape, rows) -> {
            String[] p = shape.split(" ");
            run("""
                    UNWIND $rows AS row
                    MATCH (a:%s {key: row.from})
                    MATCH (b:%s {key: row.to})
                    MERGE (a)-[r:%s]->(b)
                    SET r = row.props
                    """.formatted(p[0], p[2], p[1]), Map.of("rows", rows));
        });
    }

    private void remove(List<Entity> gone) {
        for (Entity e : gone) {
            if (e.subject() == ChangeSubject.LINK) {
                Entity.Rel r = e.rels().get(0);
                run(
                        "MATCH (:Document {key: $from})-[r:%s]->(:Document {key: $to}) DELETE r"
                                .formatted(type(r.type())),
                        Map.of("from", document, "to", r.toKey()));
            } else {
                run("MATCH (n:%s {key: $key}) DETACH DELETE n".formatted(label(e.label())), Map.of("key", e.key()));
            }
        }
    }

    private static Map<String, List<Entity>> byLabel(List<Entity> entities) {
        var result = new LinkedHashMap<String, List<Entity>>();
        entities.forEach(
                e -> result.computeIfAbsent(e.label(), k -> new ArrayList<>()).add(e));
        return result;
    }

    private static String label(String label) {
        if (!LABELS.contains(label)) {
            throw new IllegalStateException("not a label an import writes: " + label);
        }
        return label;
    }

    private static String type(String type) {
        if (!TYPES.contains(type)) {
            throw new IllegalStateException("not a relationship an import writes: " + type);
        }
        return type;
    }

    private void run(String cypher, Map<String, Object> params) {
        tx.run(cypher, params).consume();
    }
}
