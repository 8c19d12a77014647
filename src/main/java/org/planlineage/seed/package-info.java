/**
 * The seed loader: reads the curated files of {@code graph-seed/}, validates every row (reporting file, line and
 * reason), and writes them to Neo4j in one transaction with idempotent {@code MERGE}s on natural keys.
 */
package org.planlineage.seed;
