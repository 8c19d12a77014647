package org.planlineage.editing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/**
 * The text an ingest imported, kept in the graph as the evidence of what was read ({@code :SourceText}, keyed by
 * its content: {@code ingest-<first 16 hex digits of its SHA-256>}), linked from the document by {@code HAS_TEXT}.
 * Provenance of ingested facts names that key as their {@code file}, with the lines they are on.
 */
record IngestedText(String key, String text) {

    static IngestedText of(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(nfc.getBytes(StandardCharsets.UTF_8));
            return new IngestedText("ingest-" + HexFormat.of().formatHex(hash).substring(0, 16), nfc);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void write(TransactionContext tx, String document, ImportWriter.Audit audit) {
        tx.run(
                        """
                        MERGE (t:SourceText {key: $key})
                        ON CREATE SET t.text = $text, t.lineCount = size(split($text, '\\n')), t.origin = 'IMPORT',
                                      t.importedBy = $by, t.importedAt = $at, t.changeKey = $change
                        WITH t
                        MATCH (d:Document {key: $document})
                        MERGE (d)-[r:HAS_TEXT]->(t)
                        ON CREATE SET r.origin = 'IMPORT', r.importedBy = $by, r.importedAt = $at, r.changeKey = $change
                        """,
                        Map.of(
                                "key",
                                key,
                                "text",
                                text,
                                "document",
                                document,
                                "by",
                                audit.by(),
                                "at",
                                audit.at(),
                                "change",
                                audit.changeKey()))
                .consume();
    }
}
