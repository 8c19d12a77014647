package org.planlineage.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.planlineage.document.DocumentType;

/**
 * What type a document is, from the words a text names it with ("Quyết định", "Báo cáo thẩm tra", the heading
 * "KẾ HOẠCH HÀNH ĐỘNG", the abbreviation "QĐ") or, failing words, from its number's form.
 *
 * <p>A "Nghị quyết" is a Party resolution when its number has the Party form ("07-NQ/TU", "57-NQ/TW"), a government
 * resolution when it ends in "NQ-CP", a legislative resolution when its number is the National Assembly's
 * ("202/2025/QH15"), its Standing Committee's ("1687/NQ-UBTVQH15", "76/2025/UBTVQH15") or a People's Council's
 * ("NQ-HĐND"), and OTHER when the number tells none of these (or there is none). "Hiến pháp" (the Constitution) is read
 * as LAW.
 */
final class DocumentTypes {

    /** The words that name a type of document, as they start a reference; longest first where one begins another. */
    static final List<String> WORDS = List.of(
            "Hiến pháp",
            "Bộ luật",
            "Luật",
            "Pháp lệnh",
            "Nghị quyết",
            "Nghị định",
            "Quyết định",
            "Chỉ thị",
            "Thông tư",
            "Kế hoạch",
            "Chương trình",
            "Đề án",
            "Chiến lược",
            "Công văn",
            "Tờ trình",
            "Báo cáo",
            "Thông báo",
            "Hướng dẫn",
            "Quy chế",
            "Quy định");

    /** Abbreviations that stand for a type word before "số" ("QĐ số 2949/QĐ-UBND"). */
    static final List<String> ABBREVIATIONS = List.of("QĐ", "KH", "NQ", "NĐ", "CT", "TTr", "TT", "CV", "BC", "ĐA");

    private static final Map<String, DocumentType> BY_WORD = Map.ofEntries(
            Map.entry("hiến pháp", DocumentType.LAW),
            Map.entry("bộ luật", DocumentType.LAW),
            Map.entry("luật", DocumentType.LAW),
            Map.entry("nghị định", DocumentType.DECREE),
            Map.entry("quyết định", DocumentType.DECISION),
            Map.entry("chỉ thị", DocumentType.DIRECTIVE),
            Map.entry("thông tư", DocumentType.CIRCULAR),
            Map.entry("kế hoạch", DocumentType.PLAN),
            Map.entry("chương trình", DocumentType.PROGRAMME),
            Map.entry("đề án", DocumentType.PROGRAMME),
            Map.entry("chiến lược", DocumentType.STRATEGY),
            Map.entry("công văn", DocumentType.DISPATCH),
            Map.entry("tờ trình", DocumentType.SUBMISSION),
            Map.entry("báo cáo", DocumentType.REPORT),
            Map.entry("qđ", DocumentType.DECISION),
            Map.entry("kh", DocumentType.PLAN),
            Map.entry("nđ", DocumentType.DECREE),
            Map.entry("ct", DocumentType.DIRECTIVE),
            Map.entry("ttr", DocumentType.SUBMISSION),
            Map.entry("tt", DocumentType.CIRCULAR),
            Map.entry("cv", DocumentType.DISPATCH),
            Map.entry("bc", DocumentType.REPORT),
            Map.entry("đa", DocumentType.PROGRAMME));

    private DocumentTypes() {}

    /**
     * The type the words name ("Báo cáo thẩm tra" is a report: the first type word decides), with the number to tell
     * resolutions apart; null when the words name no type.
     */
    static DocumentType ofWords(String words, String number) {
        String w = words.strip().toLowerCase(Locale.ROOT);
        if (w.startsWith("nghị quyết") || w.equals("nq")) {
            return resolution(number);
        }
        for (String word : WORDS) {
            String key = word.toLowerCase(Locale.ROOT);
            if (w.equals(key) || w.startsWith(key + " ")) {
                return BY_WORD.getOrDefault(key, DocumentType.OTHER);
            }
        }
        return BY_WORD.get(w);
    }

    /**
     * The type a number's form gives: the code after the number (and the year, if any) — "742/QĐ-UBND" is a decision,
     * "147-KH/TU" a plan. A number with no type code ("3782/UBND-VX") is an official dispatch, which is how dispatches
     * are numbered. Null when the form cannot tell: "x/yyyy/QH15" is a law or a National Assembly resolution.
     */
    static DocumentType ofNumber(String number) {
        if (number == null) {
            return null;
        }
        String[] parts = number.split("[-/]");
        int i = parts.length > 2 && parts[1].matches("\\d{4}") ? 2 : 1;
        if (i >= parts.length) {
            return null;
        }
        String code = parts[i];
        if (code.equals("NQ")) {
            return resolution(number);
        }
        if (code.matches("(UBTV)?QH\\d*")) {
            return null;
        }
        DocumentType type = BY_WORD.get(code.toLowerCase(Locale.ROOT));
        if (type != null) {
            return type;
        }
        return code.matches("[\\p{Lu}&.]+") ? DocumentType.DISPATCH : null;
    }

    private static DocumentType resolution(String number) {
        if (number == null) {
            return DocumentType.OTHER;
        }
        if (number.matches(".*\\d-NQ/.*")) {
            return DocumentType.PARTY_RESOLUTION;
        }
        if (number.endsWith("NQ-CP")) {
            return DocumentType.GOVERNMENT_RESOLUTION;
        }
        // Quốc hội ("/QH15"), its Standing Committee ("UBTVQH15") or a People's Council ("NQ-HĐND")
        return number.matches(".*(?:[/-](?:UBTV)?QH\\d*|NQ-HĐND.*)")
                ? DocumentType.LEGISLATIVE_RESOLUTION
                : DocumentType.OTHER;
    }

    /** The issuer a number's form or a type word states when the text writes none; null when it states none. */
    static String impliedIssuer(String typeWords, String number) {
        if (number != null) {
            if (number.matches(".*UBTVQH\\d*")) {
                return "Ủy ban Thường vụ Quốc hội";
            }
            if (number.matches(".*/QH\\d*")) {
                return "Quốc hội";
            }
            if (number.endsWith("-CP")) {
                return "Chính phủ";
            }
            if (number.endsWith("-TTg")) {
                return "Thủ tướng Chính phủ";
            }
            return null;
        }
        return typeWords != null && typeWords.matches("Luật|Bộ luật|Hiến pháp") ? "Quốc hội" : null;
    }
}
