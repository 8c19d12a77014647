/**
 * How two documents or plan items are related: the shortest chains that connect them through any relation between
 * documents and rows, in either direction, each step stated in words and with its provenance. Serves
 * {@code Query.relation}.
 */
package org.planlineage.relation;
