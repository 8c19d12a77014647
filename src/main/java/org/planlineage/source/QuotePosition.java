package org.planlineage.source;

/** A place in a source text: the line number and the 1-based column, counted in characters of the NFC line. */
public record QuotePosition(int line, int column) {}
