package org.planlineage.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one clause of Article 1: "Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của A, B và C thành xã mới có
 * tên gọi là xã D." The words before "thành xã/phường mới" are cut at the share markers — "toàn bộ ... của" (WHOLE),
 * "một phần ... của" (PART), "phần còn lại của X sau khi sắp xếp theo quy định tại khoản N Điều này" (REMAINDER of
 * clause N) — and each run of units between them is read by {@link UnitListReader}. The markers are matched with
 * the spaces optional, because the extraction glues words ("gọilà", "lạicủa", "Tam Bìnhsau", "nàythành"); "thành" is
 * matched in lower case only, so a name such as "Trung Thành" is never taken for it.
 */
final class ClauseReader {

    private static final Pattern REORGANISATION =
            Pattern.compile("^Sắp\\s*xếp\\s*(?<pre>.+?)\\s*thành\\s*(?<k1>xã|phường)"
                    + "\\s*mới\\s*có\\s*tên\\s*gọi\\s*là\\s*(?<k2>xã|phường)\\s*(?<name>.+?)[\\s.]*$");
    private static final Pattern UNCHANGED =
            Pattern.compile("^Giữ\\s*nguyên\\s*(?:hiện\\s*trạng\\s*)?(?:của\\s*)?(?<units>.+?)[\\s.]*$");
    private static final Pattern MARKER = Pattern.compile(
            "(?<whole>toàn\\s*bộ(?:\\s*diện\\s*tích\\s*tự\\s*nhiên\\s*,\\s*quy\\s*mô\\s*dân(?:\\s*số)?)?(?:\\s*của)?)"
                    + "|(?<part>một\\s*phần\\s*diện\\s*tích\\s*tự\\s*nhiên\\s*,\\s*quy\\s*mô\\s*dân(?:\\s*số)?(?:\\s*của)?)"
                    + "|(?<rest>phần\\s*còn\\s*lại\\s*của\\s*(?<units>.+?)\\s*sau\\s*khi\\s*sắp\\s*xếp\\s*theo\\s*quy\\s*định"
                    + "\\s*tại\\s*khoản\\s*(?<k>\\d+)\\s*Điều\\s*này)");
    private static final Pattern SEPARATORS = Pattern.compile("^[\\s,]*(?:và)?[\\s,]*|[\\s,]*(?:và)?[\\s,]*$");

    private ClauseReader() {}

    /** Reads the clause numbered {@code number} whose words, after "N.", start at {@code start} in {@code p}. */
    static Clause read(int number, Passage p, int start, List<Warning> warnings) {
        String words = p.text();
        LineRange lines = p.lines(0, p.length());
        Matcher m = REORGANISATION.matcher(words).region(start, words.length());
        if (m.find()) {
            List<Predecessor> predecessors = predecessors(p, m.start("pre"), m.end("pre"), warnings);
            Unit created = created(p, m, warnings);
            return new Clause(number, Clause.Kind.REORGANISATION, words, lines, predecessors, created);
        }
        Matcher u = UNCHANGED.matcher(words).region(start, words.length());
        if (u.find()) {
            List<Unit> kept = UnitListReader.read(p, u.start("units"), u.end("units"), null, warnings);
            List<Predecessor> same = kept.stream()
                    .map(k -> new Predecessor(k, Predecessor.Share.WHOLE, null))
                    .toList();
            return new Clause(number, Clause.Kind.UNCHANGED, words, lines, same, kept.size() == 1 ? kept.get(0) : null);
        }
        warnings.add(
                Warning.of(Warning.Kind.CLAUSE_UNREAD, "a clause of a form the reader does not know", words, lines));
        return new Clause(number, Clause.Kind.UNREAD, words, lines, List.of(), null);
    }

    private static Unit created(Passage p, Matcher m, List<Warning> warnings) {
        UnitKind kind = UnitKind.of(m.group("k2"));
        LineRange lines = p.lines(m.start("k1"), m.end("name"));
        if (!m.group("k1").equals(m.group("k2"))) {
            warnings.add(Warning.of(
                    Warning.Kind.CLAUSE_UNREAD,
                    "the new unit is called a " + m.group("k1") + " and named a " + m.group("k2"),
                    p.words(m.start("k1"), m.end("name")),
                    lines));
        }
        String name = m.group("name").strip().replaceAll("\\s+", " ");
        if (!UnitListReader.isName(name)) {
            warnings.add(Warning.of(Warning.Kind.SUSPICIOUS_NAME, "not a name: words glued or missing", name, lines));
        }
        return new Unit(
                kind, name, null, false, p.words(m.start("k2"), m.end("name")), p.lines(m.start("k2"), m.end("name")));
    }

    private static List<Predecessor> predecessors(Passage p, int from, int to, List<Warning> warnings) {
        List<Predecessor> out = new ArrayList<>();
        Matcher m = MARKER.matcher(p.text()).region(from, to);
        Predecessor.Share share = null;
        int runStart = from;
        UnitKind carried = null;
        while (m.find()) {
            carried = run(p, runStart, m.start(), share, null, carried, out, warnings);
            if (m.group("rest") != null) {
                carried = run(
                        p,
                        m.start("units"),
                        m.end("units"),
                        Predecessor.Share.REMAINDER,
                        Integer.parseInt(m.group("k")),
                        carried,
                        out,
                        warnings);
                share = null;
            } else {
                share = m.group("whole") != null ? Predecessor.Share.WHOLE : Predecessor.Share.PART;
            }
            runStart = m.end();
        }
        run(p, runStart, to, share, null, carried, out, warnings);
        return out;
    }

    private static UnitKind run(
            Passage p,
            int from,
            int to,
            Predecessor.Share share,
            Integer clause,
            UnitKind carried,
            List<Predecessor> out,
            List<Warning> warnings) {
        Matcher trim = SEPARATORS.matcher(p.text().substring(from, to));
        String inner = trim.replaceAll("");
        if (inner.isEmpty()) {
            return carried;
        }
        int s = from + p.text().substring(from, to).indexOf(inner);
        int e = s + inner.length();
        if (share == null) {
            warnings.add(Warning.of(
                    Warning.Kind.CLAUSE_UNREAD,
                    "units named before any share (toàn bộ, một phần)",
                    inner,
                    p.lines(s, e)));
            return carried;
        }
        UnitKind kind = carried;
        for (Unit u : UnitListReader.read(p, s, e, carried, warnings)) {
            out.add(new Predecessor(u, share, clause));
            kind = u.kind() != null ? u.kind() : kind;
        }
        return kind;
    }
}
