/**
 * Lineage: everything a document or plan item derives from (UP) or that derives from it (DOWN), as nodes with their
 * hop count, edges with provenance and every root-to-end path, bounded by configurable limits. The Cypher's text
 * ({@code LineageCypher}) and its execution ({@code LineageQueries}), the breadth-first walk ({@code LineageWalk}), the enumeration of paths
 * ({@code LineagePaths}), the choice of the root ({@code LineageRoot}) and what the query selects to be read
 * ({@code LineageSelection}) are each a class of their own.
 */
package org.planlineage.lineage;
