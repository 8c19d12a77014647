package org.planlineage.editing;

import org.planlineage.security.CurrentEditor;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Serves {@code Mutation.ingestText}: open on a dry run, an editor's otherwise ({@link CurrentEditor#requireEditor()}). */
@Controller
class IngestController {

    private final CurrentEditor editors;
    private final IngestService ingest;

    IngestController(CurrentEditor editors, IngestService ingest) {
        this.editors = editors;
        this.ingest = ingest;
    }

    @MutationMapping
    Ingested.Result ingestText(@Argument String text, @Argument Boolean dryRun) {
        return ingest.ingest(text, dryRun == null || dryRun, editors::requireEditor);
    }
}
