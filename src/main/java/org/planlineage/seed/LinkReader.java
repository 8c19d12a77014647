package org.planlineage.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.planlineage.document.Provenance;
import org.planlineage.graph.Relation;

/** Reads {@code document-links.csv}: one stated relation between two documents per row, with where it is stated. */
final class LinkReader {

    private final SeedFiles files;
    private final Cells cells;

    LinkReader(SeedFiles files, Cells cells) {
        this.files = files;
        this.cells = cells;
    }

    List<Seed.Link> links(CsvFile csv, Set<String> documents, PrimaryFiles primaryFiles) {
        var result = new ArrayList<Seed.Link>();
        for (var row : csv.rows()) {
            String from = cells.reference(row, "from", documents, "document");
            String to = cells.reference(row, "to", documents, "document");
            // the relation becomes a relationship type in the writer: only the ones between documents pass
            Relation relation = cells.oneOf(row, "relation", Relation.betweenDocuments(), true);
            String source = cells.reference(row, "source", documents, "document");
            String locator = cells.required(row, "locator");
            if (from != null && from.equals(to)) {
                files.problem(row, "a document cannot be linked to itself");
            }
            // 'file' names the text file when the source document has several (206/QĐ-UBND: 002 and 003)
            var prov =
                    new Provenance(source, locator, row.get("quote"), cells.lines(row), cells.sourceFile(row, "file"));
            result.add(new Seed.Link(from, relation, to, primaryFiles.fill(prov)));
        }
        return result;
    }
}
