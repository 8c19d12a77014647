package org.planlineage.editing;

/** How a document a text cites stands against the graph ({@code CitationMatch}). */
public enum CitationMatch {
    /** One document of the graph: the one its key, or its number (or name), date and issuer name. */
    MATCHED,
    /** No document of the graph; imported as a cited-only document. */
    NEW,
    /** Several documents of the graph share what the text gives; an ingest will not choose. */
    AMBIGUOUS
}
