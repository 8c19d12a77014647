package org.planlineage.ingest;

/**
 * The type of a document (the contract's {@code DocumentType}). Kept here until the shared vocabulary enum lands on
 * main; the names are the contract's, so the switch is an import.
 */
public enum DocumentType {
    LAW,
    PARTY_RESOLUTION,
    GOVERNMENT_RESOLUTION,
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
