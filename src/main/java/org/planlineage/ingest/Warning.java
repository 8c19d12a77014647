package org.planlineage.ingest;

/**
 * Something the reader could not read, or read with a doubt: never silently dropped, always with the words and lines
 * it is about (null lines for the text as a whole).
 */
public record Warning(Kind kind, String message, String words, LineRange lines) {

    /** What went wrong, so that a caller can act on a kind without parsing messages. */
    public enum Kind {
        /** The text has no header at all: no "Số:" line, no type heading, no place and date line. */
        NO_HEADER,
        /** No "Số:" line (the number may have been read elsewhere: the message says where). */
        NO_NUMBER,
        /** The number is left blank ("……../KH-VPUBND"). */
        NUMBER_BLANK,
        /** No block of capitals (the issuer's lines) above the number. */
        NO_ISSUER_LINES,
        /** No type heading (QUYẾT ĐỊNH, KẾ HOẠCH, ...): the type, if any, comes from the number's form. */
        NO_TYPE_HEADING,
        /** The type heading and the number's form name different types; the heading is kept. */
        TYPE_MISMATCH,
        /** No place and date line. */
        NO_DATE,
        /** A date whose day is left blank ("ngày … tháng 8 năm 2025"): no date is given, the words are kept. */
        DATE_DAY_BLANK,
        /** Words in the form of a date that are no calendar date ("31/02/2024"). */
        DATE_UNREADABLE,
        /** A statement that should cite ("Căn cứ ...", a "Căn cứ pháp lý" item) without a recognisable number or law. */
        NO_CITATION,
        /** "Theo đề nghị ..." / "Xét đề nghị ..." that names who proposed but no document. */
        PROPOSAL_WITHOUT_DOCUMENT,
        /** A clause of a reorganisation that does not have a form the reader knows. */
        CLAUSE_UNREAD,
        /** A unit named without a kind (xã, phường, thị trấn) the reader could take from the text. */
        UNIT_KIND_UNKNOWN,
        /** A unit name that looks glued to the next word ("Bìnhthành") or is otherwise not a name. */
        SUSPICIOUS_NAME,
        /** The totals clause could not be read, or does not agree with the clauses read. */
        TOTALS,
        /** A date the resolution should state (passed, in force, new governments) was not found. */
        NO_ARTICLE_DATE
    }

    public static Warning of(Kind kind, String message, String words, LineRange lines) {
        return new Warning(kind, message, words, lines);
    }
}
