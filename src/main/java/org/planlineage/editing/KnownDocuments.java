package org.planlineage.editing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.planlineage.text.Folding;

/**
 * Reads the documents the graph holds, as far as resolving a reference needs them (key, number, date, issuer),
 * inside the import's transaction: by key (read once, a key the graph lacks remembered as absent) and by number.
 */
final class KnownDocuments {

    /** A document the graph holds, as far as matching needs it. */
    record Known(String key, String number, LocalDate issuedOn, String issuer) {}

    private final TransactionContext tx;
    private final Map<String, Known> read = new HashMap<>();

    KnownDocuments(TransactionContext tx) {
        this.tx = tx;
    }

    /**
     * Reads the documents these keys name, in one statement instead of one per key (an input names the same few
     * documents in its links and its rows' legal basis); a key the graph does not hold is remembered as absent.
     */
    void prefetch(Collection<String> keys) {
        var wanted = keys.stream()
                .filter(k -> k != null && DocumentKeys.isKey(k) && !read.containsKey(k))
                .distinct()
                .toList();
        if (wanted.isEmpty()) {
            return;
        }
        wanted.forEach(k -> read.put(k, null));
        tx.run("""
                        UNWIND $keys AS key
                        MATCH (d:Document {key: key})
                        RETURN d.key AS key, d.number AS number, d.issuedOn AS issuedOn,
                               [(d)-[:ISSUED_BY]->(a:Agency) | a.key][0] AS issuer
                        """, Map.of("keys", wanted)).list(r -> known(r)).forEach(k -> read.put(k.key(), k));
    }

    /** The document with this key; null when the graph holds none. */
    Known byKey(String key) {
        if (!read.containsKey(key)) {
            prefetch(List.of(key));
        }
        return read.get(key);
    }

    /** Documents with this number (exact first, else folded), kept when issuer and date agree with what is given. */
    List<Known> byNumber(String number, String issuer, LocalDate issuedOn) {
        var all = tx.run("""
                        // exact matches win; the folded form ("742qdubnd") catches loosely typed numbers
                        MATCH (d:Document) WHERE d.numberFolded = $folded
                        RETURN d.key AS key, d.number AS number, d.issuedOn AS issuedOn,
                               [(d)-[:ISSUED_BY]->(a:Agency) | a.key][0] AS issuer
                        ORDER BY d.number = $number DESC, d.key
                        """, Map.of("folded", Folding.foldNumber(number), "number", number))
                .list(r -> known(r));
        var exact = all.stream().filter(k -> number.equals(k.number())).toList();
        return (exact.isEmpty() ? all : exact)
                .stream()
                        .filter(k -> issuer == null || k.issuer() == null || issuer.equals(k.issuer()))
                        .filter(k -> issuedOn == null || k.issuedOn() == null || issuedOn.equals(k.issuedOn()))
                        .toList();
    }

    private static Known known(org.neo4j.driver.Record r) {
        return new Known(
                r.get("key").asString(),
                r.get("number").asString(null),
                r.get("issuedOn").isNull() ? null : r.get("issuedOn").asLocalDate(),
                r.get("issuer").asString(null));
    }
}
