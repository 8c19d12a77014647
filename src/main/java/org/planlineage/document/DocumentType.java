package org.planlineage.document;

/** The kind of a document, from its number's type code; the SDL's {@code DocumentType} (described there). */
public enum DocumentType {
    LAW,
    PARTY_RESOLUTION,
    GOVERNMENT_RESOLUTION,
    /** Nghị quyết of Quốc hội, Ủy ban Thường vụ Quốc hội or a Hội đồng nhân dân (added in issue 10). */
    LEGISLATIVE_RESOLUTION,
    DECREE,
    DECISION,
    PLAN,
    PROGRAMME,
    DIRECTIVE,
    CIRCULAR,
    DISPATCH,
    REPORT,
    SUBMISSION,
    STRATEGY,
    STANDARD,
    OTHER
}
