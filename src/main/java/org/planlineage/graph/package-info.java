/**
 * What every feature shares about the graph: the relations between its nodes ({@code Relation}), and small helpers
 * for reading rows and properties the driver returns into the domain's types.
 */
package org.planlineage.graph;
