package org.planlineage.ingest;

/**
 * A range of lines of a source text, 1-based and inclusive, numbered as {@code sed -n} and {@code grep -n} number them;
 * printed like the seed's {@code lines} column ("23-25", or "17" for one line).
 */
public record LineRange(int from, int to) {

    public LineRange {
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("not a line range: " + from + "-" + to);
        }
    }

    public static LineRange of(int line) {
        return new LineRange(line, line);
    }

    /** "23-25" or "17". */
    public static LineRange parse(String text) {
        String[] parts = text.strip().split("-");
        int from = Integer.parseInt(parts[0].strip());
        return new LineRange(from, parts.length > 1 ? Integer.parseInt(parts[1].strip()) : from);
    }

    /** The smallest range holding both. */
    public LineRange span(LineRange other) {
        return new LineRange(Math.min(from, other.from), Math.max(to, other.to));
    }

    public boolean contains(LineRange other) {
        return from <= other.from && other.to <= to;
    }

    public boolean overlaps(LineRange other) {
        return from <= other.to && other.from <= to;
    }

    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + "-" + to;
    }
}
