package org.planlineage.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.planlineage.support.EditingGraph.as;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planlineage.support.EditingGraph;
import org.planlineage.support.EditingGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * What an editor imported survives the seed: reloading the same seed, and a changed seed that drops a document the
 * import cites and brings one the import created as cited-only. A seed row that would overwrite an imported document
 * is refused, and nothing changes.
 */
@EditingGraphTest
class ImportedDataSurvivesTheSeedTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixture-seed");

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    Neo4jClient client;

    @Autowired
    SeedLoader loader;

    @TempDir
    Path copy;

    @BeforeEach
    void importAWardPlanCitingTheOrphanLaw() throws IOException {
        EditingGraph.clean(client);
        Map<String, Object> input = new ObjectMapper()
                .readValue(
                        new ClassPathResource("graphql-test/ward-plan.json").getInputStream(),
                        new TypeReference<Map<String, Object>>() {});
        var links = new ArrayList<Object>((List<?>) input.get("links"));
        links.add(Map.of("relation", "CITES", "document", Map.of("key", "luat-mo-coi-2020"), "locator", "chú thích 1"));
        input.put("links", links);
        as(graphQl, EditingGraphTest.EDITOR)
                .documentName("importDocument")
                .variable("input", input)
                .execute()
                .path("importDocument.created")
                .entity(Integer.class)
                .isEqualTo(13);
    }

    @AfterEach
    void restoreTheFixture() {
        loader.load("classpath:fixture-seed/", true);
        EditingGraph.clean(client);
    }

    /** The imported document, its rows and targets, and every relationship an import wrote, with all properties. */
    private List<String> imported() {
        var lines = new ArrayList<String>();
        client.query("""
                        MATCH (n) WHERE n.origin = 'IMPORT' AND NOT coalesce(n.retainedFromSeed, false)
                          AND NOT coalesce(n.citedOnly, false)
                        RETURN properties(n) AS props""").fetch().all().forEach(n -> lines.add(new TreeMap<>((Map<?, ?>) n.get("props")).toString()));
        client.query("""
                        MATCH (a)-[r]->(b) WHERE r.origin = 'IMPORT' AND NOT coalesce(a.citedOnly, false)
                        RETURN a.key + ' -' + type(r) + '-> ' + b.key AS rel, properties(r) AS props""")
                .fetch()
                .all()
                .forEach(r -> lines.add(r.get("rel") + " " + new TreeMap<>((Map<?, ?>) r.get("props"))));
        lines.sort(null);
        return lines;
    }

    @Test
    void reloadingTheSameSeedLeavesImportedDataExactlyAsItWas() {
        var before = imported();
        // 8 nodes (document, 2 rows, 3 targets, 1 result, 1 indicator) and 17 relationships
        assertThat(before).hasSize(25);
        loader.load("classpath:fixture-seed/", true);
        assertThat(imported()).isEqualTo(before);
    }

    @Test
    void aSeedThatDropsACitedDocumentAndBringsACitedOnlyOneKeepsEveryImportedFact() throws IOException {
        var before = imported();
        copyFixture();
        removeLineStartingWith("documents.csv", "luat-mo-coi-2020,");
        append(
                "documents.csv",
                "15-qd-ubnd-2022,15/QĐ-UBND,DECISION,2022-06-15,15/6/2022,ubnd-tinh,PROVINCE,"
                        + "Quyết định về phường điểm,qd-100-2022,30,Quyết định số 15/QĐ-UBND,\n");

        loader.load("file:" + copy + "/", true);

        assertThat(imported()).isEqualTo(before);
        // the dropped law stays for the import that cites it, as a cited-only document the imports now own
        assertThat(client.query("""
                        MATCH (d:Document {key: 'luat-mo-coi-2020'})
                        RETURN [d.origin, toString(d.retainedFromSeed), toString(d.citedOnly), d.title,
                                toString(d.seedVersion IS NULL)] AS v""")
                        .fetchAs(List.class)
                        .mappedBy((t, r) -> r.get("v").asList())
                        .one())
                .contains(List.of("IMPORT", "true", "true", "Luật không ai viện dẫn", "true"));
        // the seed took over the document the import had created as cited-only; the import's link to it stays
        assertThat(client.query("""
                        MATCH (:Document {key: '12-kh-ubnd-2022'})-[r:LEGAL_BASIS]->(d:Document {key: '15-qd-ubnd-2022'})
                        RETURN [d.title, toString(d.origin IS NULL), toString(d.seedVersion IS NOT NULL),
                                r.origin, toString(size([(d)-[:ISSUED_BY]->(a) | a.key]))] AS v""")
                        .fetchAs(List.class)
                        .mappedBy((t, r) -> r.get("v").asList())
                        .one())
                .contains(List.of("Quyết định về phường điểm", "true", "true", "IMPORT", "1"));
    }

    @Test
    void aSeedRowThatWouldOverwriteAnImportedDocumentIsRefusedAndNothingChanges() throws IOException {
        copyFixture();
        append(
                "documents.csv",
                "12-kh-ubnd-2022,12/KH-UBND,PLAN,2022-07-01,01/7/2022,ubnd-phuong-a,COMMUNE,"
                        + "Kế hoạch,qd-200-2022,40,Kế hoạch số 12/KH-UBND,\n");
        var before = EditingGraph.dump(client);
        assertThatThrownBy(() -> loader.load("file:" + copy + "/", true))
                .isInstanceOfSatisfying(
                        SeedException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .asString()
                                .startsWith("documents.csv: '12-kh-ubnd-2022' was imported by an editor (editor-1, ")
                                .endsWith(
                                        "); the seed does not overwrite imported data: remove it with removeDocument, or "
                                                + "give the seed's row another key"));
        assertThat(EditingGraph.dump(client)).isEqualTo(before);
    }

    private void copyFixture() throws IOException {
        try (Stream<Path> files = Files.walk(FIXTURE)) {
            for (Path source : files.toList()) {
                Path target = copy.resolve(FIXTURE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private void removeLineStartingWith(String file, String prefix) throws IOException {
        Path path = copy.resolve(file);
        var lines = Files.readAllLines(path, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith(prefix))
                .toList();
        Files.write(path, lines, StandardCharsets.UTF_8);
    }

    private void append(String file, String text) throws IOException {
        Files.writeString(copy.resolve(file), text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }
}
