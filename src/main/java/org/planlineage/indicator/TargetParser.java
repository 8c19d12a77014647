package org.planlineage.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a target or result cell ("≥80%", "> 50%", "03", "800 lượt", "30% đơn vị cấp phường", "20% 40%",
 * "50% đơn vị; Trong đó chọn 05 phường", "25% đơn vị, trong đó: + cấp tỉnh: ... + cấp xã: ... chọn 25% đơn vị") into
 * structure. The raw text is always kept beside what this returns; the rules are stated for curators in
 * {@code graph-seed/README.md} (rule 6).
 *
 * <p>The rules, in order:
 * <ol>
 *   <li>A cell whose first value is followed by "trong đó" (of which) or "gồm" (made up of) has a main part before
 *       the word and breakdowns after it ({@link Breakdowns}); the breakdowns never replace the main value.
 *   <li>The main part is cut into clauses at ";" and at a full stop followed by a space (not inside "2.000").
 *   <li>A clause is a value when it starts with a comparator or a number: {@code [> ≥ < ≤ trên tối thiểu ít nhất tối
 *       đa dưới] number [%] [scope]}; or, when it does not, after a lead-in that chooses ("mỗi huyện, tx, tp chọn")
 *       or that states a quantity ("Có", "Đã hỗ trợ", "Trong năm có", "Đến tháng 12/2024, đã có", "Đã triển khai tổ
 *       chức"). Anything else ("Thường xuyên", "Triển khai năm 2024", "Sở ... tổ chức 05 khóa") is text, even if it
 *       contains a number.
 *   <li>Numbers are written the Vietnamese way: "," is the decimal mark ("60,67%"), "." groups thousands
 *       ("2.000" is 2000). "03" is 3.
 *   <li>A value directly followed by another ("20% 40%") gives two parts; nothing is collapsed. When the row's own
 *       text says "trong đó" of what it measures, the second value is a share within the first: a breakdown.
 *   <li>The cell's own comparator, value and unit are set only when exactly one part is not a breakdown:
 *       "50% đơn vị; Trong đó chọn 05 phường" is 50% with a breakdown of 5 wards, while
 *       "300 cá nhân...; 600 sản phẩm; 100 giao dịch" has three main parts and no single value.
 * </ol>
 */
public final class TargetParser {

    /** One value of a cell. */
    public record Part(String raw, Comparator comparator, double value, TargetUnit unit, String scope, boolean sub) {}

    /**
     * A parsed cell; comparator, value and unit-of-value are null when the cell is not exactly one main value.
     * {@code parts} holds every value in order, the breakdowns' ones with {@code sub}; {@code breakdowns} every piece
     * of the cell that breaks the main value down, with or without a number.
     */
    public record Parsed(
            Comparator comparator,
            Double value,
            TargetUnit unit,
            String scope,
            List<Part> parts,
            List<Breakdowns.Breakdown> breakdowns) {}

    private static final Pattern CLAUSE_SPLIT = Pattern.compile(";\\s*|\\.\\s+");
    private static final String COMPARATOR = ">=|<=|>|≥|<|≤|trên|tối thiểu|ít nhất|tối đa|dưới";
    /** "mỗi huyện, tx, tp chọn 70% ...": a selection; only read when the clause does not start with a value. */
    private static final Pattern CHOOSING =
            Pattern.compile("^(.*?\\bchọn)\\s+(?=[>≥<≤\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "Có 100% ...", "Đã hỗ trợ 390 ...", "Trong năm có trên 3 ...": words that state the quantity that follows. */
    private static final Pattern STATING = Pattern.compile(
            "^(?:(?:tính\\s+)?đến tháng \\d{1,2}/\\d{4},\\s*)?(?:trong năm\\s+)?(?:đã\\s+)?"
                    + "(?:có|hỗ trợ|(?:triển khai\\s+)?tổ chức)\\s+(?=(?:" + COMPARATOR + ")?\\s*\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern VALUE = Pattern.compile(
            "^(" + COMPARATOR + ")?\\s*(\\d+(?:[.,]\\d+)*)\\s*(%)?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");

    private TargetParser() {}

    /**
     * @param raw       the cell exactly as written
     * @param countUnit the unit of a bare number: COUNT in target tables, MILLION_VND in budget tables
     */
    public static Parsed parse(String raw, TargetUnit countUnit) {
        return parse(raw, countUnit, null);
    }

    /**
     * @param raw       the cell exactly as written
     * @param countUnit the unit of a bare number: COUNT in target tables, MILLION_VND in budget tables
     * @param rowText   the row's text (chỉ tiêu), which may say what a second value counts; null when unknown
     */
    public static Parsed parse(String raw, TargetUnit countUnit, String rowText) {
        List<Part> parts = new ArrayList<>();
        List<Breakdowns.Breakdown> breakdowns = new ArrayList<>();
        if (raw != null) {
            var split = Breakdowns.split(raw.strip());
            List<Part> main = values(split.main(), countUnit);
            if (split.rest() != null && !main.isEmpty()) {
                parts.addAll(main);
                Breakdowns.read(split.rest(), countUnit, parts, breakdowns);
            } else {
                parts.addAll(values(raw.strip(), countUnit));
                Breakdowns.explainedByRow(parts, rowText, breakdowns);
            }
        }
        List<Part> main = parts.stream().filter(p -> !p.sub()).toList();
        if (main.size() == 1) {
            Part p = main.get(0);
            return new Parsed(
                    p.comparator(), p.value(), p.unit(), p.scope(), List.copyOf(parts), List.copyOf(breakdowns));
        }
        TargetUnit unit = parts.isEmpty() ? TargetUnit.TEXT : commonUnit(main.isEmpty() ? parts : main);
        return new Parsed(null, null, unit, null, List.copyOf(parts), List.copyOf(breakdowns));
    }

    /** The values of a text, clause by clause (rules 2-5); none when it is text. */
    static List<Part> values(String text, TargetUnit countUnit) {
        var parts = new ArrayList<Part>();
        for (String clause : CLAUSE_SPLIT.split(text.strip())) {
            parseClause(clause.strip(), countUnit, parts);
        }
        return parts;
    }

    private static void parseClause(String clause, TargetUnit countUnit, List<Part> parts) {
        String rest = clause;
        if (!startsWithValue(rest)) {
            for (Pattern leadIn : List.of(CHOOSING, STATING)) {
                Matcher m = leadIn.matcher(rest);
                if (m.find()) {
                    rest = rest.substring(m.end());
                    break;
                }
            }
        }
        boolean continued = false;
        while (!rest.isEmpty()) {
            Matcher m = VALUE.matcher(rest);
            if (!m.matches()) {
                return;
            }
            TargetUnit unit = m.group(3) != null ? TargetUnit.PERCENT : countUnit;
            String tail = m.group(4).strip();
            // "20% 40%": the tail is itself a value, so this part has no scope and the loop reads the next one
            boolean nextIsValue = !tail.isEmpty() && VALUE.matcher(tail).matches() && startsWithValue(tail);
            String scope = nextIsValue || tail.isEmpty() ? null : stripParentheses(tail);
            // a part's raw is the words read for it: after "20%", the clause's last part is "40%", not the clause
            String partRaw = nextIsValue
                    ? rest.substring(0, rest.length() - tail.length()).strip()
                    : continued ? rest : clause;
            parts.add(new Part(partRaw, comparator(m.group(1)), number(m.group(2)), unit, scope, false));
            rest = nextIsValue ? tail : "";
            continued = true;
        }
    }

    static boolean startsWithValue(String s) {
        return !s.isEmpty() && (Character.isDigit(s.charAt(0)) || ">≥<≤".indexOf(s.charAt(0)) >= 0);
    }

    private static TargetUnit commonUnit(List<Part> parts) {
        TargetUnit first = parts.get(0).unit();
        return parts.stream().allMatch(p -> p.unit() == first) ? first : TargetUnit.TEXT;
    }

    private static String stripParentheses(String s) {
        return s.startsWith("(") && s.endsWith(")")
                ? s.substring(1, s.length() - 1).strip()
                : s;
    }

    private static Comparator comparator(String word) {
        if (word == null) {
            return Comparator.EQ;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case ">", "trên" -> Comparator.GT;
            case ">=", "≥", "tối thiểu", "ít nhất" -> Comparator.GTE;
            case "<", "dưới" -> Comparator.LT;
            case "<=", "≤", "tối đa" -> Comparator.LTE;
            default -> throw new IllegalStateException("unhandled comparator " + word);
        };
    }

    static double number(String digits) {
        if (THOUSANDS.matcher(digits).matches()) {
            return Double.parseDouble(digits.replace(".", "")); // "2.000" = 2000
        }
        if (digits.indexOf(',') >= 0) {
            return Double.parseDouble(digits.replace(".", "").replace(',', '.')); // "60,67" = 60.67
        }
        return Double.parseDouble(digits); // "03" = 3; a lone "1.5" would be read as a decimal
    }
}
