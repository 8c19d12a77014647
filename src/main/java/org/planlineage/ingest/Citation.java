package org.planlineage.ingest;

import java.time.LocalDate;
import java.util.List;
import org.planlineage.document.DocumentType;
import org.planlineage.graph.Relation;

/**
 * One document a text cites, as the text writes it. Nothing in it is looked up or guessed: the issuer is the words
 * the text writes ("của Ủy ban nhân dân tỉnh Vĩnh Long"), and only where it writes none, {@code impliedIssuer} gives
 * the one a number's form or a law's type states ("67/2006/QH11" → "Quốc hội").
 *
 * @param index          this citation's place in {@link ReadDocument#citations()}, from 0
 * @param parent         the index of the cited document whose title states this citation ("Quyết định số
 *                       742/QĐ-UBND ... triển khai thực hiện Nghị quyết số 07-NQ/TU": 07-NQ/TU's parent is 742's
 *                       citation), or null when the read document itself states it
 * @param relation       LEGAL_BASIS, IMPLEMENTS, ISSUES, PROPOSED_BY or CITES (see the package comment)
 * @param type           the cited document's type, from its type words and number
 * @param typeWords      the words that name its type, as written ("Quyết định", "Báo cáo thẩm tra", "Luật")
 * @param number         the number as printed, NFC, a number split over lines joined ("07-NQ/TU"); null when the
 *                       text gives none (a law cited by name) or leaves it blank
 * @param numberRaw      the number's words as printed, blank ones included ("……../KH-VPUBND"); null when none
 * @param name           the name of a document cited by name ("Luật Tổ chức Chính quyền địa phương", "Kế hoạch hành
 *                       động"); null for one cited by number alone
 * @param issuedOn       the date of issue, when the text gives the day
 * @param issuedOnRaw    the date's words as written ("ngày 06/4/2023", "ngày 12 tháng 6 năm 2025"), or null
 * @param issuerWords    the issuer as written, with its "của"; for a proposal, the proposer's words
 * @param impliedIssuer  the issuer a number's form or a law's type states, only when no issuer is written
 * @param title          the words after the issuer (trích yếu), as written, or null
 * @param quote          the words that state the citation, from the statement's first word where it is the first
 * @param lines          the lines the quote is on
 * @param locator        where in the document: "Tiêu đề", "Căn cứ, dòng 3", "Theo đề nghị", "Điều 1", "I. CĂN CỨ
 *                       PHÁP LÝ, gạch đầu dòng 2"; nested ones add "(trích yếu của ...)"
 * @param notes          doubts and choices about this citation, in English
 */
public record Citation(
        int index,
        Integer parent,
        Relation relation,
        DocumentType type,
        String typeWords,
        String number,
        String numberRaw,
        String name,
        LocalDate issuedOn,
        String issuedOnRaw,
        String issuerWords,
        String impliedIssuer,
        String title,
        String quote,
        LineRange lines,
        String locator,
        List<String> notes) {

    /** The year of issue: from the date, or from the date's words when the day is blank; null when unknown. */
    public Integer year() {
        if (issuedOn != null) {
            return issuedOn.getYear();
        }
        if (issuedOnRaw != null) {
            var m = java.util.regex.Pattern.compile("(\\d{4})\\s*$").matcher(issuedOnRaw);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return null;
    }

    /** The seed's key for the cited document when it has a number ({@link DocumentKeys}), else null. */
    public String proposedKey() {
        return DocumentKeys.of(number, year());
    }
}
