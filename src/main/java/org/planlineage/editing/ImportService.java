package org.planlineage.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.neo4j.driver.TransactionContext;
import org.planlineage.graphql.ApiException;
import org.springframework.stereotype.Service;

/**
 * Imports one document in one transaction: checks the limits, locks the document's key (so concurrent imports of
 * the same document run one after the other), plans and validates the input against the graph, compares the plan
 * with what the graph holds, writes only what differs, and records the change in the audit trail. A refused import
 * throws before anything is written; an import that changes nothing writes nothing, not even a change record.
 */
@Service
public class ImportService {

    private final GraphWrites graph;
    private final ImportLimits limits;

    ImportService(GraphWrites graph, ImportLimits limits) {
        this.graph = graph;
        this.limits = limits;
    }

    public ImportResult importDocument(DocumentInput in, String editor, ImportPlan.Source source) {
        return importDocument(in, editor, source, (tx, audit) -> {});
    }

    /** What else an import writes in its transaction when it changes something (the text an ingest read). */
    interface Alongside {
        void write(TransactionContext tx, ImportWriter.Audit audit);
    }

    ImportResult importDocument(DocumentInput in, String editor, ImportPlan.Source source, Alongside alongside) {
        String key = checked(in);
        var audit = new ImportWriter.Audit(
                editor, ChangeLog.now(), UUID.randomUUID().toString());
        return graph.write(tx -> run(
                tx, key, in, source, audit, Units.from(query -> tx.run(query).list()), alongside));
    }

    /**
     * Imports several documents in one transaction, each exactly as {@link #importDocument} imports one (the same
     * checks, plan, comparison, writer and change record of its own), in the order given, so that a document may
     * name one imported before it in the batch. All or nothing: a refused document refuses the whole batch, saying
     * which, and nothing is written. The units are read once per batch (an import never writes units). For bulk
     * loads in-process, such as the national graph generator; not offered through the API.
     */
    public List<ImportResult> importDocuments(List<DocumentInput> inputs, String editor) {
        var keys = new ArrayList<String>();
        for (int i = 0; i < inputs.size(); i++) {
            try {
                String key = checked(inputs.get(i));
                if (keys.contains(key)) {
                    throw ApiException.badRequest("The batch names document " + key + " twice; import it once");
                }
                keys.add(key);
            } catch (ApiException e) {
                throw inBatch(i, inputs.get(i).key(), e);
            }
        }
        var audits = keys.stream()
                .map(k -> new ImportWriter.Audit(
                        editor, ChangeLog.now(), UUID.randomUUID().toString()))
                .toList();
        return graph.write(tx -> {
            var units = Units.from(query -> tx.run(query).list());
            var results = new ArrayList<ImportResult>();
            for (int i = 0; i < inputs.size(); i++) {
                try {
                    results.add(run(
                            tx, keys.get(i), inputs.get(i), ImportPlan.Source.input(), audits.get(i), units, NOTHING));
                } catch (ApiException e) {
                    throw inBatch(i, keys.get(i), e);
                }
            }
            return results;
        });
    }

    private static final Alongside NOTHING = (tx, audit) -> {};

    /** The document's key, after the checks that need no database: limits, and a key given or made. */
    private String checked(DocumentInput in) {
        limits.check(in);
        String key = in.key() != null ? in.key() : DocumentKeys.fromNumber(in.number(), in.issuedOn());
        var problems = new Problems();
        if (key == null) {
            problems.add("input.key", "give a 'key', or a 'number' and an 'issuedOn' to make one from");
        } else if (!DocumentKeys.isKey(key)) {
            problems.add("input.key", "'" + key + "' is not a key: lower-case letters, digits and single dashes");
        }
        problems.throwIfAny("The import");
        return key;
    }

    /** A refusal of one document of a batch, saying which; the classification and extensions are kept. */
    private static ApiException inBatch(int index, String key, ApiException e) {
        var extensions = new java.util.HashMap<String, Object>(e.extensions());
        extensions.put("batchIndex", index);
        return new ApiException(
                e.classification(),
                "Document " + index + " of the batch" + (key == null ? "" : " (" + key + ")") + ": " + e.getMessage(),
                extensions);
    }

    private ImportResult run(
            TransactionContext tx,
            String key,
            DocumentInput in,
            ImportPlan.Source source,
            ImportWriter.Audit audit,
            UnitMatcher units,
            Alongside alongside) {
        var lock = tx.run("""
                // creates the document or takes its write lock: a second import of the same key waits here
                MERGE (d:Document {key: $key})
                ON CREATE SET d.origin = 'IMPORT'
                SET d.key = d.key
                RETURN d.seedVersion IS NOT NULL AS seed, d.origin AS origin, d.citedOnly AS citedOnly
                """, Map.of("key", key));
        var row = lock.single();
        boolean created = lock.consume().counters().nodesCreated() > 0;
        if (row.get("seed").asBoolean()) {
            throw ApiException.badRequest("Document " + key + " comes from the curated seed (graph-seed/) and can "
                    + "only be changed there; import the new document under its own key");
        }
        if (!"IMPORT".equals(row.get("origin").asString(null))) {
            throw ApiException.badRequest(
                    "Document " + key + " was not written by an import; it cannot be changed " + "through the API");
        }
        // a document this statement created has nothing of its own yet: no links, rows, indicators or stubs to read
        var state = created ? ImportState.empty() : ImportState.read(tx, key);
        var plan = new ImportPlanner(tx, units, created).plan(key, in, source);
        var diff = ImportDiff.of(plan, state);
        var counts = diff.counts();
        var citedOnly = plan.stubs().stream().map(Entity::key).toList();
        if (diff.changesNothing()) {
            return new ImportResult(
                    key, counts.stream().map(Change.ChangeCount::of).toList(), citedOnly, plan.warnings(), null);
        }
        new ImportWriter(tx, key, audit).write(diff);
        alongside.write(tx, audit);
        var change = ChangeLog.record(tx, ChangeKind.IMPORT, key, audit, counts, citedOnly);
        return new ImportResult(key, change.counts(), citedOnly, plan.warnings(), change);
    }

    static ApiException limit(String key, String message) {
        return new ApiException(
                ApiException.Classification.BAD_REQUEST, message + " (limit: " + key + ")", Map.of("limit", key));
    }
}
