package org.planlineage.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlineage.document.Provenance;
import org.planlineage.support.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Every provenance of every node and relationship of the seeded graph resolves, through the service behind
 * {@code Provenance.excerpt}, to lines of a served source text that contain its quote: not one quote is missing.
 */
@SeededGraphTest
class EveryProvenanceExcerptTest {

    @Autowired
    Neo4jClient client;

    @Autowired
    Excerpts excerpts;

    @Autowired
    SourceLibrary library;

    @Test
    void everyProvenanceInTheGraphHasItsLinesServedAndItsQuoteFoundInThem() {
        var provenances = new ArrayList<Map.Entry<String, Provenance>>();
        client.query("""
                MATCH (n) WHERE n.provSource IS NOT NULL
                RETURN labels(n)[0] + ' ' + n.key AS what, properties(n) AS props
                UNION ALL
                MATCH (a)-[r]->(b) WHERE r.provSource IS NOT NULL
                RETURN a.key + ' ' + type(r) + ' ' + b.key AS what, properties(r) AS props""")
                .fetchAs(List.class)
                .mappedBy((types, row) -> {
                    String what = row.get("what").asString();
                    return Provenance.from(row.get("props")).stream()
                            .map(p -> Map.entry(what, p))
                            .toList();
                })
                .all()
                .forEach(entries -> {
                    @SuppressWarnings("unchecked")
                    var typed = (List<Map.Entry<String, Provenance>>) entries;
                    provenances.addAll(typed);
                });
        assertThat(provenances).hasSizeGreaterThan(1000);

        var unserved = new ArrayList<String>();
        var notFound = new ArrayList<String>();
        var scatteredOutsideTables = new ArrayList<String>();
        int quotes = 0;
        int scattered = 0;
        for (var entry : provenances) {
            Provenance p = entry.getValue();
            String where = entry.getKey() + " (" + p.file() + " " + p.lines() + ")";
            SourceExcerpt excerpt;
            try {
                excerpt = excerpts.of(p);
            } catch (RuntimeException e) {
                unserved.add(where + ": " + e.getMessage());
                continue;
            }
            if (excerpt == null) {
                unserved.add(where + ": no excerpt");
                continue;
            }
            if (p.quote() != null) {
                quotes++;
                if (!excerpt.quoteFound()) {
                    notFound.add(where + ": \"" + p.quote() + "\"");
                } else if (excerpt.quoteMatch() == QuoteMatch.SCATTERED) {
                    scattered++;
                    // only a table cell may be interleaved with other columns; running text must be found as quoted
                    if (!p.locator().endsWith(", cột Căn cứ pháp lý")) {
                        scatteredOutsideTables.add(where + ": \"" + p.quote() + "\"");
                    }
                }
            }
        }
        assertThat(unserved).isEmpty();
        assertThat(notFound).as("quotes not found at their lines").isEmpty();
        assertThat(scatteredOutsideTables)
                .as("quotes of running text found only word by word")
                .isEmpty();
        assertThat(quotes).isGreaterThan(500);
        // the exemption is for the few table cells a page break or the columns interleave, not for most quotes
        assertThat(scattered * 10)
                .as("%d of %d quotes found word by word", scattered, quotes)
                .isLessThan(quotes);
    }

    @Test
    void theServedLinesAreTheFilesLinesNumberedAsSedNumbersThem() throws Exception {
        // line counts as `sed -n '$='` prints them (001 does not end with a line break; the others do)
        assertThat(library.files())
                .extracting(SourceFile::name, SourceFile::lineCount)
                .contains(
                        tuple("000_04b1b475b92f531c.txt", 5550),
                        tuple("001_cb860d839e339891.txt", 1747),
                        tuple("002_f3fbce1528a64abc.txt", 192),
                        tuple("003_8b5c3a2d4cef5978.txt", 588),
                        tuple("004_966b2cedb08e58d7.txt", 697));
        for (var file : library.files()) {
            List<String> raw = Files.readAllLines(Path.of("graph-seed/sources", file.name()));
            assertThat(file.lines())
                    .as(file.name())
                    .isEqualTo(raw.stream()
                            .map(l -> Normalizer.normalize(l, Normalizer.Form.NFC))
                            .toList());
        }
    }
}
