package org.planlineage.editing;

import java.util.List;
import java.util.Map;
import org.planlineage.document.Document;
import org.planlineage.document.DocumentQueries;
import org.planlineage.graphql.Batches;
import org.planlineage.security.CurrentEditor;
import org.planlineage.security.EditorsOnly;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves {@code Mutation.importDocument}, {@code Mutation.removeDocument} and {@code ImportResult}. Both mutations are
 * an editor's only ({@link EditorsOnly}: refused before they run), and record the editor's name.
 */
@Controller
class EditingController {

    private final CurrentEditor editors;
    private final ImportService imports;
    private final DocumentRemoval removal;
    private final DocumentQueries documents;

    EditingController(
            CurrentEditor editors, ImportService imports, DocumentRemoval removal, DocumentQueries documents) {
        this.editors = editors;
        this.imports = imports;
        this.removal = removal;
        this.documents = documents;
    }

    @MutationMapping
    @EditorsOnly
    ImportResult importDocument(@Argument DocumentInput input) {
        String editor = editors.requireEditor();
        return imports.importDocument(input, editor, ImportPlan.Source.input());
    }

    @MutationMapping
    @EditorsOnly
    DocumentRemoval.Removed removeDocument(@Argument String key) {
        String editor = editors.requireEditor();
        return removal.remove(key, editor);
    }

    @SchemaMapping(typeName = "ImportResult")
    Document document(ImportResult result) {
        return documents.byKeys(List.of(result.documentKey())).get(result.documentKey());
    }

    @SchemaMapping(typeName = "ImportResult")
    List<Document> citedOnly(ImportResult result) {
        var found = documents.byKeys(result.citedOnlyKeys());
        return result.citedOnlyKeys().stream().map(found::get).toList();
    }

    @BatchMapping(typeName = "Change", field = "document")
    Map<Change, Document> changeDocument(List<Change> changes) {
        return Batches.byKey(changes, Change::documentKey, documents::byKeys);
    }
}
