package org.planlineage.document;

import java.util.List;
import org.planlineage.graph.Relation;

/** One hop between documents, seen from {@code ownerKey}: {@code documentKey} is the document at the other end. */
public record DocumentLink(String ownerKey, Relation relation, String documentKey, List<Provenance> provenance) {}
