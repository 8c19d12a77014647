package org.planlineage.editing;

import java.util.function.Supplier;
import org.neo4j.driver.Driver;
import org.planlineage.ingest.DocumentReader;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * {@code ingestText}: reads a text with the {@code ingest} reader, matches what it cites against the graph, and on a
 * dry run only says what it would create. Otherwise (an editor only, asked before anything is read) it imports the
 * document through {@link ImportService}, the same path as {@code importDocument}, keeping the text beside it as the
 * evidence its provenance points at.
 */
@Service
public class IngestService {

    private final Driver driver;
    private final DatabaseSelectionProvider database;
    private final Neo4jClient client;
    private final ImportService imports;
    private final IngestLimits limits;

    IngestService(
            Driver driver,
            DatabaseSelectionProvider database,
            Neo4jClient client,
            ImportService imports,
            IngestLimits limits) {
        this.driver = driver;
        this.database = database;
        this.client = client;
        this.imports = imports;
        this.limits = limits;
    }

    public Ingested.Result ingest(String text, boolean dryRun, Supplier<String> editor) {
        if (text.length() > limits.maxCharacters()) {
            throw ImportService.limit(
                    "app.ingest.max-characters",
                    "A text may hold at most " + limits.maxCharacters() + " characters, this one has " + text.length());
        }
        String by = dryRun ? null : editor.get();
        var units = Units.from(
                query -> client.query(query).fetchAs(org.neo4j.driver.Record.class).mappedBy((t, r) -> r).all().stream()
                        .toList());
        var matcher =
                new CitationMatcher(driver, database.getDatabaseSelection().getValue(), units);
        var read = DocumentReader.read(text);
        String key = IngestReading.key(read.header());
        boolean exists = key != null
                && client.query("MATCH (d:Document {key: $key}) RETURN count(d) > 0")
                        .bind(key)
                        .to("key")
                        .fetchAs(Boolean.class)
                        .one()
                        .orElse(false);
        var reading = IngestReading.of(read, matcher, units, exists);
        if (dryRun) {
            return new Ingested.Result(true, reading.document(), reading.citations(), reading.warnings(), null);
        }
        var problems = new Problems();
        var input = IngestInputs.of(reading, problems);
        problems.throwIfAny("The ingest");
        var kept = IngestedText.of(text);
        var source = new ImportPlan.Source(
                "ingestText", kept.key(), reading.document().lines());
        var imported = imports.importDocument(
                input,
                by,
                source,
                (tx, audit) -> kept.write(tx, reading.document().key(), audit));
        return new Ingested.Result(false, reading.document(), reading.citations(), reading.warnings(), imported);
    }
}
