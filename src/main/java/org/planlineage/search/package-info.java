/**
 * One search box over documents, plan items, indicators and agencies, on a Neo4j full-text index of text folded in
 * Java (no case, no diacritics, "đ" as "d") and analysed without stop words.
 */
package org.planlineage.search;
