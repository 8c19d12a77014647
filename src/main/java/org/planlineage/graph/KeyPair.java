package org.planlineage.graph;

/** One row of a query that pairs keys: an owner's key and the key of a node related to it (a member, an item). */
public record KeyPair(String owner, String other) {}
