package org.planlineage.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlineage.graph.Relation;

/**
 * Reads the references of one statement into drafts: the documents it cites side by side, and inside each cited
 * document's title the documents that title names.
 *
 * <ul>
 *   <li>Side by side: after a reference's head (number or name, date, issuer) comes ";", "," or "và" and another
 *       reference ("Nghị quyết số 03/NQ-CP ngày 09/01/2025 và Nghị quyết số 71/NQ-CP ...", "Căn cứ Luật A ngày ...;
 *       Luật B ..."). Once a title has begun, a "và" or "," inside it belongs to the title; a ";" ends it, and
 *       another reference may follow the ";".
 *   <li>Nested: in a title, "thực hiện" and a reference states that the cited document implements it ("Quyết định số
 *       742/QĐ-UBND ... về việc ban hành Kế hoạch triển khai thực hiện Nghị quyết số 07-NQ/TU ..."); any other
 *       numbered reference there is a mention (CITES). Both belong to the cited document, not to the text read.
 *   <li>Shared words: of references joined by "và", one that has neither issuer nor title takes the next one's
 *       ("Nghị quyết số 03/NQ-CP ngày ... và Nghị quyết số 71/NQ-CP ngày ... của Chính phủ ban hành ..."); dates are
 *       never shared. A note says so.
 * </ul>
 */
final class CitationParser {

    private static final Pattern SEPARATOR = Pattern.compile("\\s*(;|,\\s*và(?![\\p{L}])|,|và(?![\\p{L}]))\\s*");
    private static final Pattern IMPLEMENTS_WORDS = Pattern.compile("[Tt]hực hiện\\s+");
    /** Titles within titles deeper than this are not read: real ones go two deep ("58/KH-UBND" in 001). */
    private static final int MAX_NESTING = 3;

    private static final Pattern SENTENCE_GOES_ON = Pattern.compile("\\s*,\\s*\\p{Ll}");
    private static final Pattern TRIM_START = Pattern.compile("^[\\s,]+");
    private static final Pattern TRIM_END = Pattern.compile("[\\s,;.:]+$");

    private final String text;
    private String proposer;

    CitationParser(Passage passage) {
        this.text = passage.text();
    }

    /**
     * Words naming who proposed ("của Chính phủ" in "Xét đề nghị của Chính phủ tại Tờ trình số ..."): the issuer of
     * the documents of the next list that name none, up to the first one after a comma.
     */
    CitationParser proposer(String words) {
        this.proposer = words == null ? null : words.strip();
        return this;
    }

    /**
     * The references side by side from {@code pos} (where the first must start) to {@code end}. {@code quoteStart} is
     * where the first one's quoted words begin (the statement's first word, "Căn cứ ..."). Empty when no reference
     * starts at {@code pos}.
     */
    List<Draft> list(int pos, int end, Relation relation, Draft parent, int quoteStart, References.Allow first) {
        List<Draft> siblings = new ArrayList<>();
        int cur = pos;
        int qs = quoteStart;
        boolean and = false;
        boolean comma = false;
        References.Allow allow = first;
        while (cur < end) {
            Draft d = References.headAt(text, cur, end, allow);
            if (d == null) {
                break;
            }
            d.relation = relation;
            d.parent = parent;
            d.joinedByAnd = and;
            d.quoteStart = qs;
            if (proposer != null && d.issuerWords == null && parent == null && !comma) {
                d.issuerWords = proposer;
                d.notes.add("issuer read from the words before \"tại\": \"" + proposer + "\"");
            }
            siblings.add(d);
            Matcher sep = SEPARATOR.matcher(text).region(d.headerEnd, end);
            boolean semicolon = sep.lookingAt() && sep.group(1).equals(";");
            if (sep.lookingAt() && References.startsAt(text, sep.end(), end, !semicolon)) {
                close(d, d.headerEnd);
                and = sep.group(1).endsWith("và");
                comma |= !and;
                allow = semicolon ? References.Allow.NUMBERED_OR_LAW : References.Allow.ALSO_UNNUMBERED;
                cur = sep.end();
                qs = cur;
                continue;
            }
            if (SENTENCE_GOES_ON.matcher(text).region(d.headerEnd, end).lookingAt()) {
                close(d, d.headerEnd);
                break;
            }
            int titleEnd = parent == null ? semicolon(d.headerEnd, end) : end;
            d.title = clean(text.substring(d.headerEnd, titleEnd));
            close(d, titleEnd);
            scan(d, d.headerEnd, titleEnd, true);
            if (titleEnd >= end || !References.startsAt(text, skipSpaces(titleEnd + 1, end), end, false)) {
                break;
            }
            cur = skipSpaces(titleEnd + 1, end);
            qs = cur;
            and = false;
            allow = References.Allow.NUMBERED_OR_LAW;
        }
        share(siblings);
        return siblings;
    }

    /**
     * References a stretch of text names without a trigger in front: after "thực hiện" (IMPLEMENTS) and, when
     * {@code mentions}, any numbered one (CITES). With a parent they are nested in its title; without, they are the
     * read document's own (a title, an opening paragraph).
     */
    List<Draft> scan(Draft parent, int from, int to, boolean mentions) {
        List<Draft> found = new ArrayList<>();
        if (depth(parent) > MAX_NESTING) {
            return found;
        }
        int i = from;
        while (i < to) {
            if (i > from && Character.isLetterOrDigit(text.charAt(i - 1))) {
                i++;
                continue;
            }
            Matcher th = IMPLEMENTS_WORDS.matcher(text).region(i, to);
            List<Draft> got = List.of();
            if (th.lookingAt()) {
                got = list(th.end(), to, Relation.IMPLEMENTS, parent, i, References.Allow.ALSO_QUOTED);
            } else if (mentions) {
                Draft head = References.headAt(text, i, to, References.Allow.NUMBERED_OR_LAW);
                if (head != null && head.numberRaw != null) {
                    got = list(i, to, Relation.CITES, parent, i, References.Allow.NUMBERED_OR_LAW);
                }
            }
            if (got.isEmpty()) {
                i++;
                continue;
            }
            found.addAll(got);
            i = Math.max(i + 1, got.get(got.size() - 1).end);
        }
        if (parent != null) {
            parent.children.addAll(found);
        }
        return found;
    }

    private static int depth(Draft d) {
        int depth = 0;
        for (Draft p = d; p != null; p = p.parent) {
            depth++;
        }
        return depth;
    }

    private void close(Draft d, int end) {
        d.end = end;
        d.quoteEnd = end;
    }

    private int semicolon(int from, int end) {
        int i = text.indexOf(';', from);
        return i < 0 || i >= end ? end : i;
    }

    private int skipSpaces(int i, int end) {
        int k = i;
        while (k < end && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k;
    }

    private static String clean(String s) {
        String t = TRIM_END.matcher(TRIM_START.matcher(s).replaceAll("")).replaceAll("");
        return t.isEmpty() ? null : t;
    }

    private static void share(List<Draft> siblings) {
        for (int i = siblings.size() - 2; i >= 0; i--) {
            Draft a = siblings.get(i);
            Draft b = siblings.get(i + 1);
            if (!b.joinedByAnd || a.issuerWords != null || a.title != null || !a.children.isEmpty()) {
                continue;
            }
            if (b.issuerWords == null && b.title == null) {
                continue;
            }
            a.issuerWords = b.issuerWords;
            a.title = b.title;
            for (Draft child : b.children) {
                a.children.add(child.copyUnder(a));
            }
            a.quoteEnd = b.quoteEnd;
            a.notes.add("issuer and title read from " + b.label() + ", which it is joined to by \"và\"");
        }
    }
}
