package org.planlineage.source;

import java.util.regex.Pattern;

/** A range of lines, both ends included, 1-based: what a provenance's {@code lines} ("712-735", "30") names. */
public record LineRange(int from, int to) {

    private static final Pattern RANGE = Pattern.compile("(\\d{1,9})(?:-(\\d{1,9}))?");

    /**
     * Reads "712-735" or "30".
     *
     * @throws IllegalArgumentException saying what is wrong, when the text is not a range or it runs backwards
     */
    public static LineRange parse(String text) {
        var m = text == null ? null : RANGE.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a line or a range of lines; write e.g. 712-735 or 30");
        }
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("'" + text + "' is not a range of lines: lines are numbered from 1, "
                    + "and a range goes from its first line to a later one");
        }
        return new LineRange(from, to);
    }

    /**
     * @throws IllegalArgumentException when the range runs past the file's last line
     */
    LineRange within(SourceFile file) {
        if (to > file.lineCount()) {
            throw new IllegalArgumentException(
                    "lines " + this + " are outside " + file.name() + ", which has lines 1-" + file.lineCount());
        }
        return this;
    }

    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + "-" + to;
    }
}
