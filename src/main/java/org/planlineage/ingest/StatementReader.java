package org.planlineage.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlineage.graph.Relation;

/**
 * Cuts an opening into statements and reads what each cites. A statement starts at a line that begins with a trigger
 * ("Căn cứ", "Thực hiện", "Theo đề nghị", "Xét đề nghị", "Xét Tờ trình", ...) after a ".", ";", ":", "," or a line
 * in capitals, after a full stop inside a line followed by a capital ("... năm 2026. Văn phòng UBND tỉnh ..."), and
 * after a line ending in ":".
 *
 * <ul>
 *   <li>"Căn cứ" → LEGAL_BASIS, "Thực hiện" → IMPLEMENTS, each for the references right after the trigger or, failing
 *       those, after "tại" ("Căn cứ ý kiến chỉ đạo của ... tại Công văn số ..."). None: a NO_CITATION warning.
 *   <li>"Theo/Xét đề nghị của X tại A và B, C": A and B, joined by "và", are the proposal (PROPOSED_BY, issuer "của
 *       X" unless they name their own); C, named after a comma ("Báo cáo thẩm tra số ..."), is a mention (CITES).
 *       No document: a PROPOSAL_WITHOUT_DOCUMENT warning.
 *   <li>Any other statement, and a title: references after "thực hiện" are IMPLEMENTS; nothing else is read.
 * </ul>
 */
final class StatementReader {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[\\p{Ll}\\d”\")])\\.\\s+(?=\\p{Lu})");
    private static final Pattern AFTER_TRIGGER = Pattern.compile("\\s*(?:vào\\s+)?:?\\s*");
    private static final Pattern AT = Pattern.compile("(?<who>của\\s+[^;]{1,250}?)?\\s+tại\\s+");
    private static final Pattern MAIN_CLAUSE = Pattern.compile(",\\s+(?=\\p{Lu})");
    private static final Pattern PROPOSER = Pattern.compile("^\\s*(?:đề nghị\\s+)?(?<who>của\\s+.{1,250}?)\\s+tại\\s+");

    private final SourceText text;
    private final Citations citations;
    private final List<Warning> warnings;

    StatementReader(SourceText text, Citations citations, List<Warning> warnings) {
        this.text = text;
        this.citations = citations;
        this.warnings = warnings;
    }

    /** A title: what it says it implements. */
    void title(int from, int to, String locator) {
        Passage p = text.passage(from, to);
        citations.add(p, new CitationParser(p).scan(null, 0, p.length(), false), locator);
    }

    /** The statements of lines {@code from}..{@code to}; {@code part} prefixes their locators. */
    void opening(int from, int to, String part) {
        Passage p = text.passage(from, to);
        if (p.isEmpty()) {
            return;
        }
        List<Integer> cuts = cuts(p);
        int basis = 0;
        for (int i = 0; i < cuts.size() - 1; i++) {
            int s = cuts.get(i);
            int e = cuts.get(i + 1);
            String trigger = Lines.trigger(p.text().substring(s, e));
            String prefix = part.isEmpty() ? "" : part + ", ";
            if (trigger == null) {
                CitationParser parser = new CitationParser(p);
                citations.add(p, parser.scan(null, s, e, false), prefix + "đoạn mở đầu " + (i + 1));
            } else if (trigger.equals("Căn cứ")) {
                cited(p, s, e, trigger, Relation.LEGAL_BASIS, prefix + "Căn cứ, dòng " + (++basis));
            } else if (trigger.startsWith("Xét") || trigger.startsWith("Theo")) {
                proposal(p, s, e, trigger, prefix + trigger);
            } else {
                cited(p, s, e, trigger, Relation.IMPLEMENTS, prefix + "đoạn mở đầu " + (i + 1));
            }
        }
    }

    private List<Integer> cuts(Passage p) {
        String t = p.text();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, t.length()));
        List<Integer> starts = p.lineStarts();
        for (int i = 0; i < starts.size(); i++) {
            int start = starts.get(i);
            String previous =
                    i == 0 ? "" : t.substring(starts.get(i - 1), start).strip();
            boolean closed = previous.isEmpty()
                    || ".;:,".indexOf(previous.charAt(previous.length() - 1)) >= 0
                    || Lines.isCapitals(previous);
            if (closed && Lines.TRIGGER.matcher(t).region(start, t.length()).lookingAt()) {
                cuts.add(start);
            }
            if (previous.endsWith(":")) {
                cuts.add(start);
            }
        }
        Matcher m = SENTENCE_END.matcher(t);
        while (m.find()) {
            cuts.add(m.end());
        }
        return new ArrayList<>(cuts);
    }

    private void cited(Passage p, int s, int end, String trigger, Relation relation, String locator) {
        int pos = triggerEnd(p, s, end, trigger);
        int e = mainClause(p.text(), pos, end);
        CitationParser parser = new CitationParser(p);
        List<Draft> drafts = parser.list(pos, e, relation, null, s, References.Allow.NUMBERED_OR_LAW);
        if (drafts.isEmpty()) {
            Matcher at = AT.matcher(p.text()).region(pos, e);
            while (drafts.isEmpty() && at.find()) {
                parser.proposer(at.group("who"));
                drafts = parser.list(at.end(), e, relation, null, s, References.Allow.NUMBERED_OR_LAW);
            }
        }
        if (drafts.isEmpty()) {
            warnings.add(Warning.of(
                    Warning.Kind.NO_CITATION,
                    "\"" + trigger + "\" without a number or law name the reader knows: no citation read",
                    p.words(s, end),
                    p.lines(s, end)));
        }
        citations.add(p, drafts, locator);
    }

    /**
     * Where the words about what is cited end in a sentence that introduces the body ("Thực hiện Nghị quyết số ...
     * về ..., Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch thực hiện như sau:"): at its last comma before a capital.
     * Other statements end where they end.
     */
    private static int mainClause(String t, int from, int end) {
        if (!t.substring(from, end).stripTrailing().endsWith(":")) {
            return end;
        }
        Matcher m = MAIN_CLAUSE.matcher(t).region(from, end);
        int cut = end;
        while (m.find()) {
            cut = m.start();
        }
        return cut;
    }

    private void proposal(Passage p, int s, int e, String trigger, String locator) {
        int pos = triggerEnd(p, s, e, trigger);
        CitationParser parser = new CitationParser(p);
        List<Draft> drafts = parser.list(pos, e, Relation.PROPOSED_BY, null, s, References.Allow.NUMBERED_OR_LAW);
        Matcher who = PROPOSER.matcher(p.text()).region(pos, e);
        if (drafts.isEmpty() && who.find()) {
            parser.proposer(who.group("who"));
            drafts = parser.list(who.end(), e, Relation.PROPOSED_BY, null, s, References.Allow.NUMBERED_OR_LAW);
        }
        if (drafts.isEmpty()) {
            warnings.add(Warning.of(
                    Warning.Kind.PROPOSAL_WITHOUT_DOCUMENT,
                    "\"" + trigger + "\" names who proposed but no document: no citation read",
                    p.words(s, e),
                    p.lines(s, e)));
        }
        boolean beside = false;
        for (int i = 1; i < drafts.size(); i++) {
            beside |= !drafts.get(i).joinedByAnd;
            if (beside) {
                drafts.get(i).relation = Relation.CITES;
                drafts.get(i).notes.add("named beside the proposal (after a comma), not as the proposal");
            }
        }
        citations.add(p, drafts, locator);
    }

    private static int triggerEnd(Passage p, int s, int e, String trigger) {
        int pos = p.text().indexOf(trigger, s) + trigger.length();
        Matcher m = AFTER_TRIGGER.matcher(p.text()).region(pos, e);
        return m.lookingAt() ? m.end() : pos;
    }
}
