package org.planlineage.source;

/** One line of a source text: its 1-based number (as {@code sed -n} counts) and its text, NFC. */
public record SourceLine(int number, String text) {}
