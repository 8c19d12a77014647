package org.planlineage.ingest;

/**
 * How a text cites a document (the contract's {@code Relation}). Kept here until the shared vocabulary enum lands on
 * main; the names are the contract's, so the switch is an import.
 */
public enum Relation {
    /** "Căn cứ ...", an item of a "Căn cứ pháp lý" list. */
    LEGAL_BASIS,
    /** "Thực hiện ...", "triển khai thực hiện ...". */
    IMPLEMENTS,
    /** "Ban hành kèm theo ...". */
    ISSUES,
    /** "Theo đề nghị ... tại Tờ trình số ...", "Xét đề nghị ... tại ...". */
    PROPOSED_BY,
    /** Any other mention. */
    CITES
}
