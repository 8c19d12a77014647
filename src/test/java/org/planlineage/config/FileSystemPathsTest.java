package org.planlineage.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** How a configured path is read, without Spring: as the file system names it; {@code file:} URIs as before. */
class FileSystemPathsTest {

    private static Object read(String text) {
        var editor = new FileSystemPaths.PathOfEditor();
        editor.setAsText(text);
        return editor.getValue();
    }

    @Test
    void aPathThroughTheParentDirectoryStaysAsWritten() {
        assertThat(read("../stores/national-0.1")).isEqualTo(Path.of("..", "stores", "national-0.1"));
        assertThat(read("data/neo4j")).isEqualTo(Path.of("data", "neo4j"));
        assertThat(read("/var/lib/plan-lineage")).isEqualTo(Path.of("/var/lib/plan-lineage"));
    }

    @Test
    void aFileUriIsTheFileItNames() {
        assertThat(read("file:/var/lib/plan-lineage")).isEqualTo(Path.of("/var/lib/plan-lineage"));
    }
}
