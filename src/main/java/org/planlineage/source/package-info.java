/**
 * The source texts inside the product: the plain-text files the seed was read from ({@code sources/} of the seed
 * location, named in {@code sources.csv}), read once, NFC line by line, and served by line ranges: as
 * {@code Provenance.excerpt} with where the quote sits, as {@code Document.sourceText}, and as plain text at
 * {@code /sources/<file>}.
 */
package org.planlineage.source;
