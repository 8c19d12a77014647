package org.planlineage.ingest;

/**
 * Reads the title (trích yếu) under a type heading, and the authority line under the title (with the capitals right
 * under it: "HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH LONG" / "KHÓA X, KỲ HỌP THỨ 20"). The title is the lines
 * after the heading up to the first of: an authority line in capitals ("CHỦ TỊCH ỦY BAN NHÂN DÂN ..."), a statement
 * ("Căn cứ ..."), "(Kèm theo ...)", a section, an article or "QUYẾT ĐỊNH:". Blank lines do not end it: the extraction
 * puts one between most lines. Its first line may start with "Thực hiện" ("Thực hiện các nhiệm vụ ...": the title of
 * a plan).
 */
final class TitleReader {

    /** Title and authority, each null when absent; {@code end} is the last line read (0 when none). */
    record Result(Read<String> title, Read<String> authority, int end) {}

    private static final int MAX_LINES = 20;

    private TitleReader() {}

    static Result read(SourceText text, int heading) {
        if (heading == 0) {
            return new Result(null, null, 0);
        }
        int from = 0;
        int to = 0;
        int last = Math.min(text.lineCount(), heading + MAX_LINES);
        for (int n = heading + 1; n <= last; n++) {
            String line = text.line(n);
            if (line.isEmpty()) {
                continue;
            }
            if (endsTitle(line, from == 0)) {
                break;
            }
            from = from == 0 ? n : from;
            to = n;
        }
        Read<String> title = null;
        if (from > 0) {
            String words = text.passage(from, to).text();
            title = new Read<>(words, words, new LineRange(from, to));
        }
        int next = (to > 0 ? to : heading) + 1;
        while (next <= text.lineCount() && text.isBlank(next)) {
            next++;
        }
        if (next <= text.lineCount() && Lines.isAuthority(text.line(next))) {
            int end = next;
            while (end < text.lineCount() && Lines.isCapitals(text.line(end + 1))) {
                end++;
            }
            String words = text.passage(next, end).text();
            return new Result(title, new Read<>(words, words, new LineRange(next, end)), end);
        }
        return new Result(title, null, to > 0 ? to : heading);
    }

    private static boolean endsTitle(String line, boolean first) {
        String trigger = Lines.trigger(line);
        boolean statement = trigger != null && !(first && trigger.contains("hực hiện"));
        return statement
                || Lines.isAuthority(line)
                || Lines.isSection(line)
                || Lines.isOperative(line)
                || Lines.article(line) > 0
                || line.startsWith("(Kèm")
                || Lines.isMottoOrRule(line);
    }
}
