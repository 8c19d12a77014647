/**
 * Documents (the four sources and everything they cite), the stated links between them, and provenance: where in a
 * source each fact was read. Serves {@code Query.document}, {@code Query.documents} and the {@code Document} type.
 */
package org.planlineage.document;
