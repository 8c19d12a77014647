package org.planlineage.seed;

import java.util.Map;
import org.planlineage.document.Provenance;

/**
 * For each source document, the text file that holds its own text (its {@code primary} file in
 * {@code sources.csv}): the file a provenance's {@code lines} refer to when the row names no {@code file}.
 */
record PrimaryFiles(Map<String, String> byDocument) {

    boolean has(String document) {
        return byDocument.containsKey(document);
    }

    /** The provenance with its file: the one the row named, else its document's primary file. */
    Provenance fill(Provenance prov) {
        if (prov == null || prov.documentKey() == null || prov.file() != null) {
            return prov;
        }
        return new Provenance(
                prov.documentKey(), prov.locator(), prov.quote(), prov.lines(), byDocument.get(prov.documentKey()));
    }
}
