/**
 * The benchmark runner (not a test): starts the packaged service on an embedded store, and measures five workloads
 * through the API over HTTP and through hand-written Cypher over the official driver to the same database, in one
 * run, at several numbers of concurrent clients. {@code mvn -B -Pbench -DskipTests verify}; docs/benchmarks.md says
 * how to read its figures.
 */
package org.planlineage.bench;
