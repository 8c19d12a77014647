package org.planlineage.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every read of the API goes through {@link GraphReads}, so that it runs in-process on the embedded database and is
 * counted: no class under {@code src/main} uses Spring Data Neo4j's client but the Bolt implementation, its wiring and
 * the ingest (whose look-ups belong to the import they prepare), and only the start-up steps (schema, seed), the
 * writes ({@code editing}), the wiring and the request bounds ({@code limits}: they wrap the driver and terminate a
 * stopped request's transactions, reading none of the graph) use the driver directly. Reads the sources, without
 * Spring.
 */
class ReadsGoThroughGraphReadsTest {

    private static final Path MAIN = Path.of("src/main/java");

    @Test
    void onlyTheBoltPathUsesNeo4jClient() throws IOException {
        assertThat(usersOf("org.springframework.data.neo4j.core.Neo4jClient"))
                .containsOnly(
                        "graph/DriverGraphReads.java",
                        "config/GraphReadsConfiguration.java",
                        "editing/IngestService.java");
    }

    @Test
    void onlyStartUpStepsAndWiringUseTheDriver() throws IOException {
        assertThat(usersOf("org.neo4j.driver.Driver;"))
                .allMatch(file -> file.startsWith("seed/")
                        || file.startsWith("config/")
                        || file.startsWith("editing/")
                        || file.startsWith("limits/"));
    }

    private static List<String> usersOf(String importedName) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> read(f).contains("import " + importedName))
                    .map(f -> MAIN.resolve("org/planlineage").relativize(f).toString())
                    .toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
