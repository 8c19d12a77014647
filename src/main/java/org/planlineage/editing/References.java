package org.planlineage.editing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.planlineage.editing.KnownDocuments.Known;

/**
 * Resolves the documents an input names (its links and its rows' legal basis) to keys, inside the import's
 * transaction: by key, else by number narrowed by issuer and date. A document the graph does not know becomes a
 * cited-only document (number, type, date, title, issuer, and where it was named), created with the import.
 * Also warns when a cited document was issued after the citing one.
 */
final class References {

    private final String self;
    private final LocalDate selfIssuedOn;
    private final UnitMatcher units;
    private final Problems problems;
    private final Warnings warnings;
    private final Map<String, Entity> stubs = new LinkedHashMap<>();
    private final KnownDocuments documents;

    References(
            TransactionContext tx,
            String self,
            LocalDate selfIssuedOn,
            UnitMatcher units,
            Problems problems,
            Warnings warnings) {
        this.self = self;
        this.selfIssuedOn = selfIssuedOn;
        this.units = units;
        this.problems = problems;
        this.warnings = warnings;
        this.documents = new KnownDocuments(tx);
    }

    /** Reads, in one statement, the documents these keys name (see {@link KnownDocuments#prefetch}). */
    void prefetch(Collection<String> keys) {
        documents.prefetch(keys);
    }

    /** The cited-only documents to create, by key. */
    Map<String, Entity> stubs() {
        return stubs;
    }

    /** The key of the named document; null (with a problem) when it cannot be told. */
    String resolve(String path, DocumentInput.Reference ref, ImportProps.Prov namedAt) {
        String number = warnings.text(path + ".number", ref.number());
        String issuer = ref.issuer() == null ? null : issuerKey(path + ".issuer", ref.issuer());
        String key = ref.key();
        if (key != null && !DocumentKeys.isKey(key)) {
            problems.add(path + ".key", "'" + key + "' is not a key: lower-case letters, digits and single dashes");
            return null;
        }
        if (key == null && number == null) {
            problems.add(path, "name the document: give its 'key', or its 'number' (with 'issuer' and 'issuedOn')");
            return null;
        }
        Known found = key != null ? documents.byKey(key) : null;
        if (found == null && number != null) {
            List<Known> candidates = documents.byNumber(number, issuer, ref.issuedOn());
            if (candidates.size() > 1) {
                problems.add(
                        path,
                        "number '" + number + "' names " + candidates.size()
                                + " documents; give 'key', 'issuer' or 'issuedOn' to say which",
                        candidates.stream().map(Known::key).toList());
                return null;
            }
            if (candidates.size() == 1 && key != null) {
                problems.add(
                        path + ".key",
                        "no document has key '" + key + "', but '" + number + "' is "
                                + candidates.get(0).key() + ": send that key, or leave 'key' out");
                return null;
            }
            found = candidates.isEmpty() ? null : candidates.get(0);
        }
        if (found == null) {
            key = key != null ? key : DocumentKeys.fromNumber(number, ref.issuedOn());
            if (key == null) {
                problems.add(
                        path,
                        "'" + number + "' is not in the graph; to create it as a cited-only document give its "
                                + "'issuedOn' (the key holds its year) or a 'key'");
                return null;
            }
            if (documents.byKey(key) != null) {
                problems.add(
                        path,
                        "'" + number + "' would get the key '" + key + "', which another document already has "
                                + "(different issuer or date); give a 'key'");
                return null;
            }
            found = stub(path, key, number, issuer, ref, namedAt);
            if (found == null) {
                return null;
            }
        }
        if (found.key().equals(self)) {
            problems.add(path, "a document cannot cite itself (" + self + ")");
            return null;
        }
        if (found.issuedOn() != null && selfIssuedOn != null && found.issuedOn().isAfter(selfIssuedOn)) {
            warnings.add(
                    path,
                    found.key() + " was issued on " + found.issuedOn() + ", after this document (" + selfIssuedOn
                            + "); accepted as given");
        }
        return found.key();
    }

    private Known stub(
            String path,
            String key,
            String number,
            String issuer,
            DocumentInput.Reference ref,
            ImportProps.Prov namedAt) {
        if (stubs.containsKey(key)) {
            return new Known(key, number, ref.issuedOn(), issuer);
        }
        if (ref.type() == null) {
            problems.add(
                    path + ".type",
                    "'" + (number != null ? number : key) + "' is not in the graph; to create it as a cited-only "
                            + "document give its 'type' (DECISION, PLAN, ...)");
            return null;
        }
        var props = ImportProps.document(
                key,
                number,
                ref.type().name(),
                ref.issuedOn(),
                null,
                issuer == null ? null : units.levelOf(issuer),
                warnings.text(path + ".title", ref.title()),
                null,
                true,
                namedAt);
        var rels = issuer == null
                ? List.<Entity.Rel>of()
                : List.of(new Entity.Rel("ISSUED_BY", "Agency", issuer, Map.of()));
        stubs.put(key, new Entity(ChangeSubject.CITED_DOCUMENT, "Document", key, props, rels));
        return new Known(key, number, ref.issuedOn(), issuer);
    }

    /** An issuer written as a key, name or alias; null with a problem (and the closest units) when unknown. */
    String issuerKey(String path, String written) {
        var match = units.match(written);
        if (match.resolved()) {
            return match.key();
        }
        if (!match.candidates().isEmpty()) {
            problems.add(path, "'" + written + "' names several units; send one key", match.candidates());
        } else {
            problems.add(path, "no unit is called '" + written + "'; send a key or a known name", match.suggestions());
        }
        return null;
    }
}
