package org.planlineage.document;

import java.time.LocalDate;
import java.util.Locale;

/**
 * How sentences written for people (findings, relation steps) name a document and a row: a document by its number as
 * printed ("3100/QĐ-UBND"), or, when the source leaves the number blank, by its kind and title ("the plan \"Thực
 * hiện các nhiệm vụ chuyển đổi số ...\""); a row by its number as printed, without the dot ("row 12").
 */
public final class Labels {

    private Labels() {}

    public static String document(String number, DocumentType type, String title, String key) {
        if (number != null && !number.isBlank()) {
            return number;
        }
        String kind =
                type == null ? "document" : type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return title == null || title.isBlank() ? "the " + kind + " " + key : "the " + kind + " \"" + title + "\"";
    }

    public static String document(Document d) {
        return document(d.number(), d.type(), d.title(), d.key());
    }

    /** "row 12", from the printed number ("12.") or, for an unnumbered row, its reference ("after-111"). */
    public static String row(String number, String ref) {
        String printed =
                number == null || number.isBlank() ? ref : number.strip().replaceAll("\\.$", "");
        return "row " + printed;
    }

    /** A date as ISO 8601 (2023-07-21), or "an unknown date". */
    public static String date(LocalDate date) {
        return date == null ? "an unknown date" : date.toString();
    }
}
