package org.planlineage.editing;

import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
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
        checkLimits(in);
        String key = in.key() != null ? in.key() : DocumentKeys.fromNumber(in.number(), in.issuedOn());
        var problems = new Problems();
        if (key == null) {
            problems.add("input.key", "give a 'key', or a 'number' and an 'issuedOn' to make one from");
        } else if (!DocumentKeys.isKey(key)) {
            problems.add("input.key", "'" + key + "' is not a key: lower-case letters, digits and single dashes");
        }
        problems.throwIfAny("The import");
        var audit = new ImportWriter.Audit(
                editor, ChangeLog.now(), UUID.randomUUID().toString());
        return graph.write(tx -> run(tx, key, in, source, audit, alongside));
    }

    private ImportResult run(
            TransactionContext tx,
            String key,
            DocumentInput in,
            ImportPlan.Source source,
            ImportWriter.Audit audit,
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
        var state = ImportState.read(tx, key);
        if (created) {
            state.get(ChangeSubject.DOCUMENT).clear();
        }
        var units = Units.from(query -> tx.run(query).list());
        var plan = new ImportPlanner(tx, units).plan(key, in, source);
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

    private void checkLimits(DocumentInput in) {
        if (in.items().size() > limits.maxItems()) {
            throw limit(
                    "app.import.max-items",
                    "An import may hold at most " + limits.maxItems() + " items, this one " + "has "
                            + in.items().size() + "; split the table over several imports or raise the limit");
        }
        if (in.links().size() > limits.maxLinks()) {
            throw limit(
                    "app.import.max-links",
                    "An import may hold at most " + limits.maxLinks() + " links, this one " + "has "
                            + in.links().size());
        }
        var texts = new ArrayList<String>();
        Stream.of(in.key(), in.number(), in.title(), in.issuedOnRaw(), in.issuer(), in.doubt())
                .forEach(texts::add);
        in.links()
                .forEach(l -> Stream.of(
                                l.locator(),
                                l.quote(),
                                l.document().title(),
                                l.document().number())
                        .forEach(texts::add));
        for (var item : in.items()) {
            Stream.of(
                            item.text(),
                            item.number(),
                            item.section(),
                            item.subsection(),
                            item.leadRaw(),
                            item.cooperatingRaw(),
                            item.legalBasisRaw(),
                            item.note(),
                            item.doubt(),
                            item.locator())
                    .forEach(texts::add);
            item.targets().forEach(t -> texts.add(t.raw()));
            item.results().forEach(t -> texts.add(t.raw()));
            texts.addAll(item.lead());
            texts.addAll(item.cooperating());
        }
        int longest = texts.stream()
                .filter(t -> t != null)
                .mapToInt(String::length)
                .max()
                .orElse(0);
        if (longest > limits.maxTextLength()) {
            throw limit(
                    "app.import.max-text-length",
                    "A text field of an import may hold at most " + limits.maxTextLength() + " characters; one has "
                            + longest);
        }
    }

    static ApiException limit(String key, String message) {
        return new ApiException(
                ApiException.Classification.BAD_REQUEST, message + " (limit: " + key + ")", Map.of("limit", key));
    }
}
