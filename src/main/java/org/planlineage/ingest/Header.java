package org.planlineage.ingest;

import java.time.LocalDate;
import java.util.List;
import org.planlineage.document.DocumentType;

/**
 * The header of a document as its text writes it; each piece with its words and lines, null when the text has none.
 *
 * @param number    "Số: 3100/QĐ-UBND" read whole when split over lines; value null when left blank ("……../KH-VPUBND")
 * @param type      from the type heading (words "QUYẾT ĐỊNH"), or from the number's form when there is no heading
 * @param issuer    the block of capitals at the top left ("ỦY BAN THƯỜNG VỤ", "QUỐC HỘI"), one string per line
 * @param place     "TP. Vĩnh Long", "Hà Nội"
 * @param issuedOn  the date of the place and date line; value null when the day is blank
 * @param title     the trích yếu: the lines after the type heading ("Về việc ban hành ...")
 * @param authority the capitals between the title and the preamble that say who decides ("CHỦ TỊCH ỦY BAN NHÂN DÂN
 *                  TỈNH VĨNH LONG", "ỦY BAN THƯỜNG VỤ QUỐC HỘI")
 */
public record Header(
        Read<String> number,
        Read<DocumentType> type,
        Read<List<String>> issuer,
        Read<String> place,
        Read<LocalDate> issuedOn,
        Read<String> title,
        Read<String> authority) {

    static final Header NONE = new Header(null, null, null, null, null, null, null);

    /** The number's words as printed, blank ones included; null when there is no number. */
    public String numberRaw() {
        return number == null ? null : number.words();
    }

    /** The date's words as written ("ngày 21 tháng 7 năm 2023", "05/3/2024"); null when there is no date. */
    public String issuedOnRaw() {
        return issuedOn == null ? null : issuedOn.words();
    }

    /** The issuer's lines, empty when the text has none. */
    public List<String> issuerLines() {
        return issuer == null ? List.of() : issuer.value();
    }

    /** True when the text has no header at all. */
    public boolean isEmpty() {
        return number == null && type == null && issuer == null && issuedOn == null && title == null;
    }
}
