package org.planlineage.source;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The lines of a source text that a provenance names, and where its quote sits in them ({@code quoteStart},
 * {@code quoteEnd} and {@code quoteMatch} null when it has no quote or the quote is not found there).
 */
public record SourceExcerpt(
        String file,
        int from,
        int to,
        List<SourceLine> lines,
        boolean quoteFound,
        QuotePosition quoteStart,
        QuotePosition quoteEnd,
        QuoteMatch quoteMatch) {

    /** The lines as one string, joined with line breaks. */
    public String text() {
        return lines.stream().map(SourceLine::text).collect(Collectors.joining("\n"));
    }

    /** The plain-text URL of these lines, relative to the service. */
    public String link() {
        return SourceText.path(file) + "?lines=" + new LineRange(from, to);
    }
}
