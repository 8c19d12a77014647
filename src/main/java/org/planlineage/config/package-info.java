/**
 * Wiring: the embedded Neo4j default (off as soon as {@code spring.neo4j.uri} is set) and the Neo4j schema
 * (constraints and indexes from {@code schema/neo4j}) applied idempotently at start-up.
 */
package org.planlineage.config;
