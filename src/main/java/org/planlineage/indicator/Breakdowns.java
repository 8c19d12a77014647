package org.planlineage.indicator;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlineage.indicator.TargetParser.Part;

/**
 * Reads how a target cell breaks its main value down: the pieces after "trong đó" (of which) or "gồm" (made up of),
 * one per "+" item ("+ cấp tỉnh: Sở ...", "+ tp Vĩnh Long: 4 phường", "+ cấp xã: mỗi huyện ... chọn 25% đơn vị"), or
 * the second value of "20% 40%" when the row's own text says "trong đó" of what it measures. A breakdown is a part
 * of the main value, never a second target.
 */
public final class Breakdowns {

    /**
     * One breakdown: the words it was read from, the label before its colon ("cấp xã", "tp Vĩnh Long"), the value it
     * holds (a part of the cell, {@code sub}) or null when it only names units, and what it counts: the value's
     * scope, the units it names, or the row's words after "trong đó".
     */
    public record Breakdown(String raw, String label, Part part, String counts) {}

    /** The cell cut at its first breakdown word: {@code rest} is null when there is none. */
    record Split(String main, String rest) {}

    /** "trong đó", "trong đó:", "gồm", "gồm:" as a word; before it the main value, after it the breakdowns. */
    private static final Pattern MARKER = Pattern.compile("(?iu)(?<![\\p{L}])(trong đó|gồm)(?![\\p{L}])\\s*:?");

    private static final Pattern ITEM = Pattern.compile("\\s*\\+\\s+");
    /** "cấp tỉnh: ...", "tp Vĩnh Long: 4 phường": a short label without a number, then a colon. */
    private static final Pattern LABEL = Pattern.compile("^([^:\\d]{1,40}):\\s*(.+)$");

    private static final Pattern ROW_OF_WHICH = Pattern.compile("(?iu)(?<![\\p{L}])trong đó[\\s,:]*(.+)$");

    private Breakdowns() {}

    static Split split(String cell) {
        Matcher m = MARKER.matcher(cell);
        if (!m.find()) {
            return new Split(cell, null);
        }
        String main =
                cell.substring(0, m.start()).strip().replaceAll("[,;:.]+$", "").strip();
        return new Split(main, cell.substring(m.end()).strip());
    }

    /** Reads the text after the breakdown word into {@code breakdowns}, adding each one's value to {@code parts}. */
    static void read(String rest, TargetUnit countUnit, List<Part> parts, List<Breakdown> breakdowns) {
        for (String item : ITEM.split(rest.replaceFirst("^\\+\\s+", ""))) {
            String words = item.strip().replaceAll("[,;.]+$", "").strip();
            if (words.isEmpty()) {
                continue;
            }
            Matcher labelled = LABEL.matcher(words);
            String label = labelled.matches() ? labelled.group(1).strip() : null;
            String content = labelled.matches() ? labelled.group(2).strip() : words;
            List<Part> values = TargetParser.values(content, countUnit);
            if (values.size() == 1) {
                Part v = values.get(0);
                Part sub = new Part(words, v.comparator(), v.value(), v.unit(), v.scope(), true);
                parts.add(sub);
                breakdowns.add(new Breakdown(words, label, sub, v.scope()));
            } else {
                breakdowns.add(new Breakdown(words, label, null, content));
            }
        }
    }

    /**
     * "20% 40%" in a row whose text reads "...; trong đó, có số thanh toán thực hiện qua ...": two bare values and
     * the row says "trong đó" once, so the second value is the share the row names within the first.
     */
    static void explainedByRow(List<Part> parts, String rowText, List<Breakdown> breakdowns) {
        if (rowText == null || parts.size() != 2 || parts.get(0).scope() != null) {
            return;
        }
        Matcher m = ROW_OF_WHICH.matcher(rowText.strip());
        if (!m.find() || ROW_OF_WHICH.matcher(m.group(1)).find()) {
            return;
        }
        Part second = parts.get(1);
        Part sub = new Part(second.raw(), second.comparator(), second.value(), second.unit(), second.scope(), true);
        parts.set(1, sub);
        String counts = m.group(1).strip().replaceAll("[.;]+$", "");
        breakdowns.add(new Breakdown(second.raw(), null, sub, counts));
    }
}
