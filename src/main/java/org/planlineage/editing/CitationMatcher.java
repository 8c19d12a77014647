package org.planlineage.editing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.planlineage.ingest.Citation;
import org.planlineage.text.Folding;

/**
 * Matches a document a text cites to the one the graph knows. The rule, in order: the key the seed would give it
 * (its number and year) is a document's key; else the documents with its number (exact, else folded as
 * {@code document(number:)} folds it), or, cited by name without a number, those whose title is the name (case
 * aside); then those whose date of issue differs from the cited date, and those whose issuer differs
 * from the unit the cited issuer's words name, are dropped. One left: MATCHED; several: AMBIGUOUS with the
 * candidates; none: NEW, with the key it would get.
 */
final class CitationMatcher {

    record Match(CitationMatch status, String key, List<String> candidates, String proposedKey, String issuer) {}

    private record Known(String key, String number, LocalDate issuedOn, String issuer) {}

    private final Driver driver;
    private final String database;
    private final UnitMatcher units;

    CitationMatcher(Driver driver, String database, UnitMatcher units) {
        this.driver = driver;
        this.database = database;
        this.units = units;
    }

    Match match(Citation c) {
        String issuer = Units.named(units, c.issuerWords() != null ? c.issuerWords() : c.impliedIssuer());
        String proposed = c.proposedKey() != null ? c.proposedKey() : nameKey(c);
        if (proposed != null
                && !find("MATCH (d:Document {key: $key})", Map.of("key", proposed))
                        .isEmpty()) {
            return new Match(CitationMatch.MATCHED, proposed, List.of(), proposed, issuer);
        }
        List<Known> found;
        if (c.number() != null) {
            var all = find(
                    "MATCH (d:Document) WHERE d.numberFolded = $folded",
                    Map.of("folded", Folding.foldNumber(c.number())));
            var exact = all.stream().filter(k -> c.number().equals(k.number())).toList();
            found = exact.isEmpty() ? all : exact;
        } else if (c.name() != null) {
            // a law cited by name: its title, whether or not the graph knows its number (67/2006/QH11 is
            // "Luật Công nghệ thông tin"); the date narrows below
            found = find(
                    "MATCH (d:Document) WHERE toLower(d.title) = toLower($name) "
                            + "OR (d.number IS NULL AND d.searchText = $folded)",
                    Map.of("name", c.name(), "folded", Folding.fold(c.name())));
        } else {
            found = List.of();
        }
        var kept = found.stream()
                .filter(k -> c.issuedOn() == null
                        || k.issuedOn() == null
                        || c.issuedOn().equals(k.issuedOn()))
                .filter(k -> issuer == null || k.issuer() == null || issuer.equals(k.issuer()))
                .toList();
        if (kept.size() == 1) {
            return new Match(CitationMatch.MATCHED, kept.get(0).key(), List.of(), proposed, issuer);
        }
        if (kept.size() > 1) {
            return new Match(
                    CitationMatch.AMBIGUOUS, null, kept.stream().map(Known::key).toList(), proposed, issuer);
        }
        return new Match(CitationMatch.NEW, null, List.of(), proposed, issuer);
    }

    /** The seed's key for a document cited by name (a law): the name slugged and its year, when both are known. */
    static String nameKey(Citation c) {
        if (c.number() != null || c.name() == null || c.year() == null) {
            return null;
        }
        String slug = Folding.fold(c.name()).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? null : slug + "-" + c.year();
    }

    private List<Known> find(String match, Map<String, Object> params) {
        var config = database == null
                ? org.neo4j.driver.SessionConfig.defaultConfig()
                : org.neo4j.driver.SessionConfig.forDatabase(database);
        try (var session = driver.session(config)) {
            return session.executeRead(tx -> tx.run(match + """
                             RETURN d.key AS key, d.number AS number, d.issuedOn AS issuedOn,
                                    [(d)-[:ISSUED_BY]->(a:Agency) | a.key][0] AS issuer
                             ORDER BY d.key
                            """, params).list(CitationMatcher::known));
        }
    }

    private static Known known(Record r) {
        return new Known(
                r.get("key").asString(),
                r.get("number").asString(null),
                r.get("issuedOn").isNull() ? null : r.get("issuedOn").asLocalDate(),
                r.get("issuer").asString(null));
    }
}
