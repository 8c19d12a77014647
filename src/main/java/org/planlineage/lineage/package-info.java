/**
 * Lineage: everything a document or plan item derives from (UP) or that derives from it (DOWN), as nodes with
 * their hop count, edges with provenance and every root-to-end path; bounded by configurable limits. Also resolves
 * global ids ({@code Query.node}, {@code Query.nodes}).
 */
package org.planlineage.lineage;
