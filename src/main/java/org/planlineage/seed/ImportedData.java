package org.planlineage.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/**
 * The seed's side of "nothing an editor imported is lost". What an import wrote carries {@code origin: 'IMPORT'};
 * the loader never overwrites or deletes it:
 *
 * <ul>
 *   <li>A seed row whose key an editor's import already holds is refused (with every other such row, before anything
 *       is written), unless the imported node is only a placeholder: a cited-only document an import created, or a
 *       node kept for imported data by an earlier load ({@code retainedFromSeed}). The seed adopts a placeholder: its
 *       properties become the seed's and the relationships the import gave it (a cited-only document's issuer) go;
 *       the imported relationships that point at it stay.
 *   <li>A node an earlier seed wrote and this one no longer has is deleted only when no imported relationship touches
 *       it; otherwise it is handed over to the imports ({@code origin: 'IMPORT'}, {@code retainedFromSeed}, a document
 *       as cited-only) with its properties, and only its seed relationships go.
 * </ul>
 */
final class ImportedData {

    private ImportedData() {}

    /** The file a curator edits for each label, for the refusal's message. */
    private static final Map<String, String> FILES = Map.of(
            "Agency",
            "agencies/*.csv",
            "Document",
            "documents.csv",
            "PlanItem",
            "plan-items/*.csv",
            "Indicator",
            "indicators.csv");

    /** Refuses seed rows that would overwrite imported data, and adopts imported placeholders; writes nothing else. */
    static void beforeWrite(TransactionContext tx, Seed seed) {
        var keys = new LinkedHashMap<String, List<String>>();
        keys.put("Agency", seed.agencies().stream().map(Seed.Agency::key).toList());
        keys.put("Document", seed.documents().stream().map(Seed.Document::key).toList());
        keys.put("PlanItem", seed.items().stream().map(Seed.Item::key).toList());
        keys.put(
                "Indicator", seed.indicators().stream().map(Seed.Indicator::key).toList());
        var problems = new ArrayList<String>();
        keys.forEach((label, list) -> tx.run("""
                        UNWIND $keys AS k
                        MATCH (n:%s {key: k}) WHERE n.origin = 'IMPORT'
                        RETURN n.key AS key, coalesce(n.citedOnly, false) OR coalesce(n.retainedFromSeed, false) AS placeholder,
                               n.importedBy AS by, toString(n.importedAt) AS at
                        ORDER BY key
                        """.formatted(label), Map.of("keys", list))
                .list()
                .forEach(r -> {
                    if (!r.get("placeholder").asBoolean()) {
                        problems.add(
                                FILES.get(label) + ": '" + r.get("key").asString() + "' was imported by an editor ("
                                        + r.get("by").asString("?") + ", "
                                        + r.get("at").asString("?") + "); the seed does not "
                                        + "overwrite imported data: remove it with removeDocument, or give the seed's row another key");
                    }
                }));
        if (!problems.isEmpty()) {
            throw new SeedException(problems);
        }
        keys.forEach((label, list) ->
                tx.run("""
                        // a placeholder the seed takes over keeps the imported relationships pointing at it and loses
                        // those the import gave it; its properties are replaced by the seed's next
                        UNWIND $keys AS k
                        MATCH (n:%s {key: k})-[r]->() WHERE n.origin = 'IMPORT' AND r.origin = 'IMPORT'
                        DELETE r
                        """.formatted(label), Map.of("keys", list)).consume());
    }

    /** Hands over to the imports what an earlier seed wrote, this one no longer has, and imported data still uses. */
    static String retainStatement() {
        return """
                MATCH (n) WHERE (n:Agency OR n:Document OR n:PlanItem OR n:Target OR n:Indicator)
                  AND n.seedVersion IS NOT NULL AND n.seedVersion <> $version
                  AND exists { (n)-[r]-() WHERE r.origin = 'IMPORT' }
                SET n.origin = 'IMPORT', n.retainedFromSeed = true, n.seedVersion = null,
                    n.citedOnly = CASE WHEN n:Document THEN true ELSE n.citedOnly END
                """;
    }
}
