package org.planlineage.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planlineage.support.SeededGraphTest;
import org.planlineage.text.Folding;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Dry runs of ingestText on the source texts against the seeded graph: no citation that is not in the text (each
 * quote is on the lines it names), and every document the sources' preambles cite matched to the one the curators
 * put in the graph, with the relation they read.
 */
@SeededGraphTest
class IngestSourcesTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    Neo4jClient client;

    private List<Map<String, Object>> citations(String text) {
        return graphQl.documentName("ingestText")
                .variable("text", text)
                .variable("dryRun", true)
                .execute()
                .path("ingestText.citations")
                .entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {})
                .get();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "graph-seed/sources/000_04b1b475b92f531c.txt",
                "graph-seed/sources/001_cb860d839e339891.txt",
                "graph-seed/sources/003_8b5c3a2d4cef5978.txt",
                "graph-seed/sources/1687_NQ-UBTVQH15.txt",
                "src/test/resources/ingest/quyet-dinh-hai-cot.txt",
                "src/test/resources/ingest/ke-hoach-dang.txt",
                "src/test/resources/ingest/nghi-quyet-nfd.txt",
                "src/test/resources/ingest/quyet-dinh-xet-de-nghi.txt",
                "src/test/resources/ingest/khong-tieu-de.txt",
                "src/test/resources/ingest/khong-tieu-de-can-cu.txt"
            })
    void everyCitationsQuoteIsOnTheLinesItNames(String file) throws IOException {
        String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        for (var c : citations(text)) {
            String[] range = ((String) c.get("lines")).split("-");
            int from = Integer.parseInt(range[0]);
            int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
            String onLines = squeeze(String.join(" ", lines.subList(from - 1, to)));
            assertThat(onLines).as("citation %s of %s", c.get("index"), file).contains(squeeze((String)
                    c.get("quote")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_04b1b475b92f531c.txt:3100-qd-ubnd-2023", "003_8b5c3a2d4cef5978.txt:206-qd-ubnd-2024"})
    void theDocumentsAPreambleCitesAreTheOnesTheCuratorsLinked(String fileAndKey) throws IOException {
        String[] parts = fileAndKey.split(":");
        String text = Files.readString(Path.of("graph-seed/sources", parts[0]), StandardCharsets.UTF_8);
        Set<String> read = new HashSet<>();
        var unmatched = new ArrayList<String>();
        for (var c : citations(text)) {
            if (c.get("parent") != null || ("ISSUES".equals(c.get("relation")) && c.get("number") == null)) {
                continue;
            }
            if (!"MATCHED".equals(c.get("match"))) {
                unmatched.add(c.get("index") + " " + c.get("number") + " " + c.get("match"));
            }
            read.add(c.get("relation") + " " + c.get("matched"));
        }
        var curated = new HashSet<>(
                client.query("""
                        MATCH (:Document {key: $key})-[r]->(d:Document) WHERE type(r) <> 'CITES'
                        RETURN type(r) + ' ' + d.key""").bind(parts[1]).to("key").fetchAs(String.class).all());
        assertThat(unmatched).isEmpty();
        assertThat(curated).containsAll(read);
    }

    /** Without white space: the reader joins a number split over lines ("07-" / "NQ/TU") into one word. */
    private static String squeeze(String s) {
        return Folding.nfc(s).replaceAll("[\\p{Z}\\s]+", "");
    }
}
