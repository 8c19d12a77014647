package org.planlineage.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a plain-text document as the reader sees them, numbered from 1 like the source file.
 *
 * <p>Each line is NFC-normalised (one source is partly in decomposed Unicode, and "Hòa" must equal "Hòa"), and the
 * marks a Markdown conversion leaves are removed: {@code **bold**}, a leading {@code #}, an italic {@code *...*}
 * wrapping a whole line, {@code <sup>n</sup>} footnote marks. Nothing else is changed. {@link #line} also collapses
 * white space; {@link #columns} keeps the wide gaps that separate the two columns of a header.
 */
public final class SourceText {

    private static final Pattern SUPERSCRIPT = Pattern.compile("<sup>.*?</sup>");
    private static final Pattern HEADING_MARK = Pattern.compile("^\\h*#{1,6}\\h+");
    private static final Pattern ITALIC_LINE = Pattern.compile("^(\\h*)\\*(?!\\*)(.*?)(?<!\\*)\\*(\\h*)$");
    private static final Pattern COLUMN_GAP = Pattern.compile("\\h{3,}|\\t");
    private static final Pattern SPACES = Pattern.compile("\\h+");

    private final List<String> spaced;
    private final List<String> clean;

    private SourceText(List<String> spaced) {
        this.spaced = spaced;
        this.clean = spaced.stream()
                .map(l -> SPACES.matcher(l).replaceAll(" ").strip())
                .toList();
    }

    /** Reads a whole text; line breaks are {@code \n} or {@code \r\n}. */
    public static SourceText of(String text) {
        String nfc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        List<String> lines = new ArrayList<>();
        for (String line : Arrays.asList(nfc.split("\r?\n", -1))) {
            lines.add(unmark(line));
        }
        return new SourceText(List.copyOf(lines));
    }

    private static String unmark(String line) {
        String s = SUPERSCRIPT.matcher(line).replaceAll("");
        s = HEADING_MARK.matcher(s).replaceFirst("");
        s = s.replace("**", "");
        return ITALIC_LINE.matcher(s).replaceFirst("$1$2$3");
    }

    /** The number of lines, the last one included even if empty. */
    public int lineCount() {
        return clean.size();
    }

    /** Line {@code n} (1-based), white space collapsed and trimmed; "" for a blank line. */
    public String line(int n) {
        return clean.get(n - 1);
    }

    public boolean isBlank(int n) {
        return clean.get(n - 1).isEmpty();
    }

    /**
     * The cells of line {@code n} where the text lays out two columns side by side, separated by three or more spaces
     * or a tab ("ỦY BAN THƯỜNG VỤ        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"); one cell for an ordinary line.
     */
    public List<String> columns(int n) {
        List<String> cells = new ArrayList<>();
        for (String cell : COLUMN_GAP.split(spaced.get(n - 1).strip())) {
            String c = SPACES.matcher(cell).replaceAll(" ").strip();
            if (!c.isEmpty()) {
                cells.add(c);
            }
        }
        return cells;
    }

    /** Lines {@code from}..{@code to} (inclusive) joined for reading across line breaks. */
    public Passage passage(int from, int to) {
        return Passage.join(this, Math.max(1, from), Math.min(to, lineCount()));
    }
}
