package org.planlineage.editing;

/** What a change of the audit trail is ({@code ChangeKind}). */
public enum ChangeKind {
    /** importDocument (or ingestText with dryRun false) created or changed a document. */
    IMPORT,
    /** removeDocument removed a document. */
    REMOVE
}
