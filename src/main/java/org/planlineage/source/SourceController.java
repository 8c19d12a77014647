package org.planlineage.source;

import java.util.List;
import org.planlineage.document.Document;
import org.planlineage.document.Provenance;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves the source texts in the graph's types: {@code Provenance.excerpt}, {@code Document.sourceText} and
 * {@code Document.sourceFiles}. Nothing here reads the graph: the file and the lines are on the provenance, and the
 * texts are in memory, so no batching is needed.
 */
@Controller
class SourceController {

    private final Excerpts excerpts;
    private final SourceLibrary library;

    SourceController(Excerpts excerpts, SourceLibrary library) {
        this.excerpts = excerpts;
        this.library = library;
    }

    @SchemaMapping(typeName = "Provenance")
    SourceExcerpt excerpt(Provenance provenance) {
        return excerpts.of(provenance);
    }

    @SchemaMapping(typeName = "Document")
    SourceText sourceText(Document document, @Argument Integer from, @Argument Integer first, @Argument String file) {
        // an explicit null means the default, as an omitted argument does
        return excerpts.page(
                document.key(), file, from == null ? 1 : from, first == null ? Excerpts.DEFAULT_PAGE : first);
    }

    @SchemaMapping(typeName = "Document")
    List<SourceFile> sourceFiles(Document document) {
        return library.ofDocument(document.key());
    }
}
