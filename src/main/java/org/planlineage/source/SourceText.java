package org.planlineage.source;

import java.util.List;

/** A page of a source text's lines: which file, which part of the document it holds, and the lines from one on. */
public record SourceText(SourceFile source, int from, List<SourceLine> lines) {

    /** The plain-text URL of a source file, relative to the service. */
    static String path(String file) {
        return "/sources/" + file;
    }

    public String file() {
        return source.name();
    }

    public String part() {
        return source.part();
    }

    public boolean primary() {
        return source.primary();
    }

    public int lineCount() {
        return source.lineCount();
    }

    /** The last line on this page; {@code from - 1} when the page is empty. */
    public int to() {
        return from + lines.size() - 1;
    }

    public boolean hasNextLines() {
        return to() < source.lineCount();
    }

    public String link() {
        return path(source.name());
    }
}
