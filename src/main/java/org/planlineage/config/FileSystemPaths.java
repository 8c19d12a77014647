package org.planlineage.config;

import java.beans.PropertyEditorSupport;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.beans.factory.config.CustomEditorConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads a configured {@link Path} (the embedded store's {@code app.neo4j.embedded.data-dir}) as the file-system path
 * it names, relative to the working directory as {@code java -jar} reads it, {@code ../store} included. Spring's own
 * editor for {@code Path} first tries the value as a resource of the application context, and in the servlet web
 * server a path above the web application's root is refused ("The resource path [/../store] has been normalized to
 * [null]"), which stopped the service's start.
 */
@Configuration(proxyBeanMethods = false)
class FileSystemPaths {

    /** Static: a bean factory post-processor, registered before the beans whose properties it converts. */
    @Bean
    static CustomEditorConfigurer fileSystemPathEditor() {
        var configurer = new CustomEditorConfigurer();
        configurer.setCustomEditors(Map.of(Path.class, PathOfEditor.class));
        return configurer;
    }

    /** {@code file:} URIs as Spring's editor takes them, any other text as {@link Path#of(String, String...)}. */
    public static final class PathOfEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(text.startsWith("file:") ? Path.of(URI.create(text)) : Path.of(text));
        }
    }
}
