package org.planlineage.document;

import java.util.List;

/** One hop between documents, seen from {@code ownerKey}: {@code documentKey} is the document at the other end. */
public record DocumentLink(String ownerKey, String relation, String documentKey, List<Provenance> provenance) {}
