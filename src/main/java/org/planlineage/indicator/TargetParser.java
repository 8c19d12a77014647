package org.planlineage.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a target or result cell ("≥80%", "> 50%", "03", "800 lượt", "30% đơn vị cấp phường", "20% 40%",
 * "50% đơn vị; Trong đó chọn 05 phường") into structure. The raw text is always kept beside what this returns.
 *
 * <p>The rules, in order:
 * <ol>
 *   <li>The cell is cut into clauses at ";" and at a full stop followed by a space (not inside "2.000").
 *   <li>A clause is a value when, after an optional lead-in ending in "chọn" ("Trong đó chọn", "mỗi huyện, tx, tp
 *       chọn"), it starts with a comparator or a number: {@code [> ≥ < ≤ trên tối thiểu ít nhất tối đa dưới] number [%]
 *       [scope]}. Anything else ("Thường xuyên", "Triển khai năm 2024") is text, even if it contains a number.
 *   <li>Numbers are written the Vietnamese way: "," is the decimal mark ("60,67%"), "." groups thousands
 *       ("2.000" is 2000). "03" is 3.
 *   <li>A value directly followed by another ("20% 40%") gives two parts; nothing is collapsed.
 *   <li>The cell's own comparator, value and unit are set only when exactly one part is not introduced by
 *       "trong đó" (of which): "50% đơn vị; Trong đó chọn 05 phường" is 50% with a sub-part of 5 wards, while
 *       "20% 40%" has two main parts and no single value.
 * </ol>
 */
public final class TargetParser {

    /** One value of a cell. */
    public record Part(String raw, Comparator comparator, double value, TargetUnit unit, String scope, boolean sub) {}

    /** A parsed cell; comparator, value and unit-of-value are null when the cell is not exactly one main value. */
    public record Parsed(Comparator comparator, Double value, TargetUnit unit, String scope, List<Part> parts) {}

    private static final Pattern CLAUSE_SPLIT = Pattern.compile(";\\s*|\\.\\s+");
    private static final Pattern LEAD_IN = Pattern.compile("^(.*?\\bchọn)\\s+(?=[>≥<≤\\d])", Pattern.CASE_INSENSITIVE);
    private static final Pattern VALUE = Pattern.compile(
            "^(>=|<=|>|≥|<|≤|trên|tối thiểu|ít nhất|tối đa|dưới)?\\s*(\\d+(?:[.,]\\d+)*)\\s*(%)?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");

    private TargetParser() {}

    /**
     * @param raw       the cell exactly as written
     * @param countUnit the unit of a bare number: COUNT in target tables, MILLION_VND in budget tables
     */
    public static Parsed parse(String raw, TargetUnit countUnit) {
        List<Part> parts = new ArrayList<>();
        if (raw != null) {
            for (String clause : CLAUSE_SPLIT.split(raw.strip())) {
                parseClause(clause.strip(), countUnit, parts);
            }
        }
        List<Part> main = parts.stream().filter(p -> !p.sub()).toList();
        if (main.size() == 1) {
            Part p = main.get(0);
            return new Parsed(p.comparator(), p.value(), p.unit(), p.scope(), List.copyOf(parts));
        }
        TargetUnit unit = parts.isEmpty() ? TargetUnit.TEXT : commonUnit(main.isEmpty() ? parts : main);
        return new Parsed(null, null, unit, null, List.copyOf(parts));
    }

    private static void parseClause(String clause, TargetUnit countUnit, List<Part> parts) {
        boolean sub = clause.toLowerCase(Locale.ROOT).startsWith("trong đó");
        String rest = clause;
        Matcher leadIn = LEAD_IN.matcher(rest);
        if (leadIn.find()) {
            rest = rest.substring(leadIn.end());
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
            parts.add(new Part(partRaw, comparator(m.group(1)), number(m.group(2)), unit, scope, sub));
            rest = nextIsValue ? tail : "";
            continued = true;
        }
    }

    private static boolean startsWithValue(String s) {
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
