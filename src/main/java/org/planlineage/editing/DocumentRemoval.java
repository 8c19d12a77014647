package org.planlineage.editing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.planlineage.graphql.ApiException;
import org.springframework.stereotype.Service;

/**
 * Removes an imported document in one transaction: its rows with their targets and results, the links it states,
 * the indicators only its rows set and the cited-only documents only it cited. A document that others still cite is
 * kept as a cited-only document, so their links stay whole. The seed's documents are never removed here.
 */
@Service
public class DocumentRemoval {

    /** What a removal did ({@code RemoveResult}). */
    public record Removed(String key, boolean keptAsCitedOnly, List<Change.ChangeCount> counts, Change change) {}

    private final GraphWrites graph;

    DocumentRemoval(GraphWrites graph) {
        this.graph = graph;
    }

    public Removed remove(String key, String editor) {
        var audit = new ImportWriter.Audit(
                editor, ChangeLog.now(), UUID.randomUUID().toString());
        return graph.write(tx -> run(tx, key, audit));
    }

    private Removed run(TransactionContext tx, String key, ImportWriter.Audit audit) {
        var rows = tx.run("""
                        MATCH (d:Document {key: $key})
                        SET d.key = d.key
                        RETURN d.seedVersion IS NOT NULL AS seed, d.origin AS origin, coalesce(d.citedOnly, false) AS stub,
                               [(o:Document)-[r]->(d) WHERE type(r) IN $relations | o.key]
                               + [(q:PlanItem)-[:LEGAL_BASIS]->(d) WHERE NOT (q)-[:SET_IN]->(d) | q.key] AS citedBy
                        """, Map.of("key", key, "relations", List.copyOf(ImportPlanner.DOCUMENT_RELATIONS)))
                .list();
        if (rows.isEmpty()) {
            throw ApiException.notFound("No document with key '" + key + "'");
        }
        var row = rows.get(0);
        if (row.get("seed").asBoolean()) {
            throw ApiException.badRequest("Document " + key + " comes from the curated seed (graph-seed/); it can "
                    + "only be removed there");
        }
        if (!"IMPORT".equals(row.get("origin").asString(null))) {
            throw ApiException.badRequest(
                    "Document " + key + " was not written by an import; it cannot be removed " + "through the API");
        }
        var citedBy = row.get("citedBy").asList(Value::asString).stream()
                .distinct()
                .sorted()
                .toList();
        boolean stub = row.get("stub").asBoolean();
        if (stub && !citedBy.isEmpty()) {
            throw ApiException.badRequest("Document " + key + " is only known as cited by " + String.join(", ", citedBy)
                    + "; it goes when nothing cites it any more");
        }
        var state = ImportState.read(tx, key);
        var removed = new EnumMap<ChangeSubject, List<Entity>>(ChangeSubject.class);
        var none = new EnumMap<ChangeSubject, List<Entity>>(ChangeSubject.class);
        var zero = new EnumMap<ChangeSubject, Integer>(ChangeSubject.class);
        for (ChangeSubject s : ChangeSubject.values()) {
            removed.put(
                    s,
                    s == ChangeSubject.DOCUMENT
                            ? List.of()
                            : new ArrayList<>(state.get(s).values()));
            none.put(s, List.of());
            zero.put(s, 0);
        }
        new ImportWriter(tx, key, audit).write(new ImportDiff(none, none, zero, removed));
        boolean keep = !citedBy.isEmpty();
        tx.run("""
                // the text an ingest kept for this document goes with it, unless another document has it too
                MATCH (d:Document {key: $key})-[r:HAS_TEXT]->(t:SourceText)
                DELETE r
                WITH t WHERE NOT exists { (t)<-[:HAS_TEXT]-() }
                DELETE t
                """, Map.of("key", key)).consume();
        if (keep) {
            tx.run("""
                    // only what a citation says of it stays: number, type, date, title, issuer
                    MATCH (d:Document {key: $key})
                    SET d.citedOnly = true, d.doubt = null, d.importedBy = $by, d.importedAt = $at, d.changeKey = $change
                    """, Map.of("key", key, "by", audit.by(), "at", audit.at(), "change", audit.changeKey()))
                    .consume();
        } else {
            tx.run("MATCH (d:Document {key: $key}) DETACH DELETE d", Map.of("key", key))
                    .consume();
        }
        var counts = new ArrayList<ImportDiff.Count>();
        for (ChangeSubject s : ChangeSubject.values()) {
            int gone = s == ChangeSubject.DOCUMENT
                    ? (keep ? 0 : 1)
                    : removed.get(s).size();
            counts.add(new ImportDiff.Count(s, 0, s == ChangeSubject.DOCUMENT && keep ? 1 : 0, 0, gone));
        }
        var change = ChangeLog.record(tx, ChangeKind.REMOVE, key, audit, counts, List.of());
        return new Removed(key, keep, change.counts(), change);
    }
}
