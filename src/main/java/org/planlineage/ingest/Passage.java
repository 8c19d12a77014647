package org.planlineage.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines of a text joined into one string, so that sentences, names and numbers wrapped over lines read whole, with
 * the line of every character remembered so that whatever is read from it can say where it is.
 *
 * <p>Blank lines are skipped (the extraction puts one between most lines). Lines are joined with one space, except
 * where a line ends in a letter or digit followed by "-" or "/" and the next begins with a letter or digit: that is a
 * document number broken over the line ("742/QĐ-" / "UBND", "07-" / "NQ/TU") and is joined without a space.
 */
public final class Passage {

    private final String text;
    private final int[] lineOf;
    private final List<Integer> lineStarts;

    private Passage(String text, int[] lineOf, List<Integer> lineStarts) {
        this.text = text;
        this.lineOf = lineOf;
        this.lineStarts = List.copyOf(lineStarts);
    }

    static Passage join(SourceText source, int from, int to) {
        StringBuilder sb = new StringBuilder();
        List<Integer> lines = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            String line = source.line(n);
            if (line.isEmpty()) {
                continue;
            }
            if (!sb.isEmpty() && !brokenNumber(sb, line)) {
                sb.append(' ');
                lines.add(n);
            }
            starts.add(sb.length());
            sb.append(line);
            for (int i = 0; i < line.length(); i++) {
                lines.add(n);
            }
        }
        return new Passage(
                sb.toString(), lines.stream().mapToInt(Integer::intValue).toArray(), starts);
    }

    private static boolean brokenNumber(StringBuilder sb, String next) {
        int n = sb.length();
        char last = sb.charAt(n - 1);
        return n >= 2
                && (last == '-' || last == '/')
                && Character.isLetterOrDigit(sb.charAt(n - 2))
                && Character.isLetterOrDigit(next.charAt(0));
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** Offsets at which a line of the source begins. */
    public List<Integer> lineStarts() {
        return lineStarts;
    }

    /** The source line of the character at {@code offset}. */
    public int lineAt(int offset) {
        return lineOf[Math.max(0, Math.min(offset, lineOf.length - 1))];
    }

    /** The lines characters {@code start} (inclusive) to {@code end} (exclusive) are on, white space at the ends aside. */
    public LineRange lines(int start, int end) {
        int s = start;
        int e = end;
        while (s < e - 1 && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e - 1 > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new LineRange(lineAt(s), lineAt(Math.max(s, e - 1)));
    }

    /** The words from {@code start} to {@code end}, white space at the ends removed. */
    public String words(int start, int end) {
        return text.substring(start, end).strip();
    }
}
