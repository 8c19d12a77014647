package org.planlineage.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * JUnit's {@code @TempDir} under the project's {@code target/} rather than the system's temporary directory: the
 * start tests' stores (about 520 MB each, most of it Neo4j's preallocated transaction log) stay beside the build and
 * are deleted by JUnit after their test or class, also when it fails.
 */
class TargetTempDirs implements TempDirFactory {

    @Override
    public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext extension) throws IOException {
        Path target = Files.createDirectories(Path.of("target"));
        return Files.createTempDirectory(target, "start-test-");
    }
}
