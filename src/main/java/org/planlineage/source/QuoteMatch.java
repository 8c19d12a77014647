package org.planlineage.source;

/** How a quote was found in its lines (the SDL's {@code QuoteMatch}). */
public enum QuoteMatch {
    /** The quote's characters follow one another in the lines, white space aside. */
    EXACT,
    /** The quote's words are in the lines in order, with other text between them (an interleaved table cell). */
    SCATTERED
}
