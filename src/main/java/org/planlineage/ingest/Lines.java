package org.planlineage.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a single line of a document is: a type heading, an authority line, a section heading, a statement's start. */
final class Lines {

    /** The words a statement starts with, after an optional list mark; group t is the trigger. */
    static final Pattern TRIGGER = Pattern.compile("^(?:[-+•]\\s*)?(?<t>Căn cứ|Thực hiện|Triển khai thực hiện"
            + "|Tiếp tục triển khai thực hiện|Tiếp tục thực hiện|Theo đề nghị|Xét đề nghị"
            + "|Xét(?=\\s+(?:Tờ trình|Đề án|Báo cáo)))(?![\\p{L}])");

    private static final Pattern SECTION = Pattern.compile("^(?:(?:Phần|PHẦN)\\s+(?:[IVXLC]+|\\d+|thứ)(?![\\p{L}])"
            + "|[IVXLC]+\\s*[.\\-–]\\s*\\S|(?:Chương|CHƯƠNG)\\s+[IVXLC\\d]+|(?:Mục|MỤC)\\s+\\d+)");
    private static final Pattern OPERATIVE =
            Pattern.compile("^(?:QUYẾT ĐỊNH|QUYẾT NGHỊ|NGHỊ QUYẾT|CHỈ THỊ|BAN HÀNH)\\s*:");
    private static final Pattern ARTICLE = Pattern.compile("^Điều\\s+(?<n>\\d+)\\s*[.:]?");
    private static final List<String> AUTHORITIES = List.of(
            "CHỦ TỊCH",
            "ỦY BAN",
            "UỶ BAN",
            "BỘ TRƯỞNG",
            "THỦ TƯỚNG",
            "CHÍNH PHỦ",
            "HỘI ĐỒNG",
            "BAN CHẤP HÀNH",
            "BAN THƯỜNG VỤ",
            "TỈNH ỦY",
            "TỈNH UỶ",
            "THÀNH ỦY",
            "THÀNH UỶ",
            "GIÁM ĐỐC",
            "CHÁNH VĂN PHÒNG",
            "QUỐC HỘI",
            "VĂN PHÒNG");
    private static final List<String> HEADINGS = headings();

    private Lines() {}

    private static List<String> headings() {
        var list = new java.util.ArrayList<>(List.of("KẾ HOẠCH HÀNH ĐỘNG", "CHƯƠNG TRÌNH HÀNH ĐỘNG"));
        DocumentTypes.WORDS.forEach(w -> list.add(w.toUpperCase(Locale.ROOT)));
        return List.copyOf(list);
    }

    /** A type heading: the whole line is a type word in capitals ("QUYẾT ĐỊNH", "KẾ HOẠCH HÀNH ĐỘNG"). */
    static boolean isTypeHeading(String line) {
        return HEADINGS.contains(line);
    }

    /** All capitals: no lower-case letter, and at least two letters. */
    static boolean isCapitals(String line) {
        long letters = line.codePoints().filter(Character::isLetter).count();
        return letters >= 2 && line.codePoints().noneMatch(Character::isLowerCase);
    }

    /** Capitals that say who decides: "CHỦ TỊCH ỦY BAN NHÂN DÂN ...", "ỦY BAN THƯỜNG VỤ QUỐC HỘI". */
    static boolean isAuthority(String line) {
        return isCapitals(line) && AUTHORITIES.stream().anyMatch(line::startsWith);
    }

    /** "Phần I", "I. MỤC ĐÍCH", "Chương II", "Mục 1": the start of a document's body. */
    static boolean isSection(String line) {
        return SECTION.matcher(line).find();
    }

    /** "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:": where a decision's or resolution's articles begin. */
    static boolean isOperative(String line) {
        return OPERATIVE.matcher(line).find();
    }

    /** The number of the article a line starts ("Điều 1. ..."), or -1. */
    static int article(String line) {
        var m = ARTICLE.matcher(line);
        return m.find() ? Integer.parseInt(m.group("n")) : -1;
    }

    /** The trigger a line starts with, or null. */
    static String trigger(String line) {
        var m = TRIGGER.matcher(line);
        return m.find() ? m.group("t") : null;
    }

    /** The end of a header's zone: the national motto, the Party's name, a rule of dashes or stars. */
    static boolean isMottoOrRule(String line) {
        String l = line.toUpperCase(Locale.ROOT);
        return l.startsWith("CỘNG HÒA XÃ HỘI")
                || l.startsWith("CỘNG HOÀ XÃ HỘI")
                || l.startsWith("ĐỘC LẬP")
                || l.startsWith("ĐẢNG CỘNG SẢN")
                || line.matches("[-_*=.\\s]+");
    }
}
