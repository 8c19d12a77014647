/**
 * What every feature shares about the graph: the kinds of node ({@code NodeType}) and their global ids, the relations
 * between nodes ({@code Relation}); loading any node by global id ({@code NodeLoader}, serving {@code Query.node} and
 * {@code Query.nodes}) and resolving the GraphQL type of a {@code Node}; how every query reads the graph
 * ({@code GraphReads}: in-process on a database in the same JVM, or over Bolt) and small helpers for reading its rows
 * into the domain's types.
 */
package org.planlineage.graph;
