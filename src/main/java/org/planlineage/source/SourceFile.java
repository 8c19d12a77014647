package org.planlineage.source;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * One source text as the product serves it: the file's name, the document it holds (its {@code sources.csv} row),
 * and its lines, NFC, numbered from 1 exactly as {@code sed -n} numbers the file.
 */
public record SourceFile(String name, String document, boolean primary, String part, List<String> lines) {

    /**
     * The lines of a file's bytes: decoded as UTF-8 leniently (a byte sequence that is not UTF-8, as in one of the
     * sources, becomes U+FFFD and the rest of the line is kept), split on {@code \n} only, each line NFC. A final
     * line break ends the last line rather than starting an empty one, as {@code sed -n} counts.
     */
    static List<String> decode(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        var lines = new ArrayList<String>();
        for (String line : text.split("\n", -1)) {
            lines.add(Normalizer.normalize(line, Normalizer.Form.NFC));
        }
        if (text.endsWith("\n") || text.isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return List.copyOf(lines);
    }

    /** The file's name, as {@code sources.csv} and every provenance's {@code file} write it. */
    public String file() {
        return name;
    }

    /** The plain-text URL of this file, relative to the service. */
    public String link() {
        return SourceText.path(name);
    }

    public int lineCount() {
        return lines.size();
    }

    /** The numbered lines of a range that lies within the file. */
    List<SourceLine> lines(LineRange range) {
        var result = new ArrayList<SourceLine>(range.to() - range.from() + 1);
        for (int n = range.from(); n <= range.to(); n++) {
            result.add(new SourceLine(n, lines.get(n - 1)));
        }
        return result;
    }
}
