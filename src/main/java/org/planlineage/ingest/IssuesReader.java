package org.planlineage.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlineage.graph.Relation;

/**
 * Reads "Ban hành kèm theo Quyết định này Kế hoạch ..." in Article 1: the document issued with the decision (ISSUES),
 * named by its type and the words after it up to the end of the sentence. Such a plan usually has no number of its
 * own; what its name says it implements ("Kế hoạch hành động thực hiện Quyết định số 742/QĐ-UBND ...") is read as
 * nested citations of it.
 */
final class IssuesReader {

    private static final Pattern ISSUES = Pattern.compile(
            "Ban hành kèm theo\\s+(?:Quyết định|Nghị quyết|Chỉ thị|Thông tư|Nghị định)\\s+này\\s+(?<type>"
                    + String.join("|", DocumentTypes.WORDS) + ")(?![\\p{L}])"
                    + "(?<desc>\\s+hành\\s+động)?(?:\\s+số\\s*(?<num>"
                    + References.NUMBER
                    + "))?\\s*(?<rest>.*?)(?:\\.(?=\\s+\\p{Lu}|\\s*$)|$)");

    private IssuesReader() {}

    static void read(SourceText text, int from, int to, Citations citations, List<Warning> warnings) {
        Passage p = text.passage(from, to);
        Matcher m = ISSUES.matcher(p.text());
        if (!m.find()) {
            return;
        }
        Draft d = new Draft();
        d.relation = Relation.ISSUES;
        d.typeWords = m.group("type") + (m.group("desc") == null ? "" : m.group("desc"));
        d.numberRaw = m.group("num");
        String rest = m.group("rest").strip();
        d.title = rest.isEmpty() ? null : rest;
        d.name = d.numberRaw == null ? (d.typeWords + (rest.isEmpty() ? "" : " " + rest)) : null;
        d.start = m.start();
        d.headerEnd = m.start("rest");
        d.end = m.end("rest");
        d.quoteStart = m.start();
        d.quoteEnd = m.end("rest");
        if (d.numberRaw == null) {
            d.notes.add("the issued document has no number of its own");
        }
        new CitationParser(p).scan(d, d.headerEnd, d.end, true);
        citations.add(p, List.of(d), "Điều 1");
    }
}
