package org.planlineage.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlineage.graph.Relation;

/**
 * Reads a "Căn cứ pháp lý" list: one LEGAL_BASIS statement per item, an item being a line that starts with a list
 * mark ("- ", "+ ", "• ") and the lines after it up to the next mark; in a list without marks, each line that starts
 * with a reference starts an item. An item whose words hold no reference the reader knows is a warning, not a guess.
 */
final class ListReader {

    private static final Pattern MARK = Pattern.compile("^[-+•]\\s*");

    private final SourceText text;
    private final Citations citations;
    private final List<Warning> warnings;

    ListReader(SourceText text, Citations citations, List<Warning> warnings) {
        this.text = text;
        this.citations = citations;
        this.warnings = warnings;
    }

    /** Whether a line can start an item: a list mark or a reference. */
    static boolean startsItem(String line) {
        return MARK.matcher(line).find() || References.startsAt(line, 0, line.length(), false);
    }

    /**
     * Reads the list whose heading is line {@code heading} and whose last line is {@code to}; {@code locator} names
     * the list ("Phần II, I. CĂN CỨ PHÁP LÝ").
     */
    void read(int heading, int to, String locator) {
        boolean marked = false;
        List<int[]> items = new ArrayList<>();
        for (int n = heading + 1; n <= to; n++) {
            String line = text.line(n);
            if (line.isEmpty()) {
                continue;
            }
            boolean mark = MARK.matcher(line).find();
            marked |= items.isEmpty() && mark;
            boolean starts = marked ? mark : References.startsAt(line, 0, line.length(), false);
            if (starts || items.isEmpty()) {
                items.add(new int[] {n, n});
            } else {
                items.get(items.size() - 1)[1] = n;
            }
        }
        String word = marked ? ", gạch đầu dòng " : ", mục ";
        for (int i = 0; i < items.size(); i++) {
            item(items.get(i)[0], items.get(i)[1], locator + word + (i + 1));
        }
    }

    private void item(int from, int to, String locator) {
        Passage p = text.passage(from, to);
        Matcher mark = MARK.matcher(p.text());
        int start = mark.find() ? mark.end() : 0;
        CitationParser parser = new CitationParser(p);
        List<Draft> drafts =
                parser.list(start, p.length(), Relation.LEGAL_BASIS, null, start, References.Allow.NUMBERED_OR_LAW);
        if (drafts.isEmpty()) {
            warnings.add(Warning.of(
                    Warning.Kind.NO_CITATION,
                    "a \"Căn cứ pháp lý\" item with no number or law name the reader knows",
                    p.words(start, p.length()),
                    p.lines(0, p.length())));
        }
        citations.add(p, drafts, locator);
    }
}
