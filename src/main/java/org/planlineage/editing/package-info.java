/**
 * The writes: {@code importDocument}, {@code removeDocument} and the audit trail ({@code changes}). An import is
 * planned and validated against the graph, compared with what the graph holds, and written in one transaction with
 * the change that records it; everything it writes carries {@code origin: 'IMPORT'} and who wrote it when, which
 * is what the seed loader leaves alone.
 */
package org.planlineage.editing;
