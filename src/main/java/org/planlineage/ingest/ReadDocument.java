package org.planlineage.ingest;

import java.util.List;

/**
 * What {@link DocumentReader} read in a text: its header, every citation it states (the read document's own ones and,
 * after each, those stated in the cited document's title, with {@link Citation#parent()} pointing back), and a warning
 * for everything it could not read.
 */
public record ReadDocument(Header header, List<Citation> citations, List<Warning> warnings) {

    /** The citations the read document itself states (not those nested in a cited document's title). */
    public List<Citation> ownCitations() {
        return citations.stream().filter(c -> c.parent() == null).toList();
    }

    /** The citations stated in the title of citation {@code index}. */
    public List<Citation> nestedIn(int index) {
        return citations.stream()
                .filter(c -> c.parent() != null && c.parent() == index)
                .toList();
    }

    public List<Warning> warnings(Warning.Kind kind) {
        return warnings.stream().filter(w -> w.kind() == kind).toList();
    }
}
