package org.planlineage.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The source texts the seed was read from, as the repository keeps them in {@code graph-seed/sources/} (another
 * folder can be given with {@code -Dplanlineage.sources=...}). Tests use them to check that what the graph says is
 * really in the source, at the lines it claims.
 *
 * <p>Comparisons are made on normalised text: NFC (one of the sources is partly decomposed) and every run of white
 * space as one space, because a PDF cell's words are spread over several lines.
 */
final class SourceTexts {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Map<String, List<String>> FILES = new ConcurrentHashMap<>();

    private SourceTexts() {}

    static Path directory() {
        Path dir = Path.of(System.getProperty("planlineage.sources", "graph-seed/sources"));
        assertThat(dir.resolve("README.md"))
                .as(
                        "the source texts are needed by this test: looked in %s (set -Dplanlineage.sources=...)",
                        dir.toAbsolutePath().normalize())
                .exists();
        return dir;
    }

    /** The lines of a source file, 1-based as in the seed's {@code lines} column (index 0 is line 1). */
    static List<String> lines(String file) {
        return FILES.computeIfAbsent(file, f -> {
            try {
                // decoded leniently: 000 has one byte sequence that is not UTF-8 ("Nơi nh?n")
                String text = new String(Files.readAllBytes(directory().resolve(f)), StandardCharsets.UTF_8);
                return List.of(text.split("\n", -1)); // numbered like sed -n and grep -n
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Lines {@code from}..{@code to} (inclusive, 1-based) of a file, joined and normalised. */
    static String range(String file, int from, int to) {
        List<String> all = lines(file);
        assertThat(to).as("line range %d-%d of %s", from, to, file).isBetween(from, all.size());
        return normalise(String.join("\n", all.subList(from - 1, to)));
    }

    /** The range a seed {@code lines} value ("712-735" or "30") names. */
    static String range(String file, String lines) {
        String[] parts = lines.split("-");
        int from = Integer.parseInt(parts[0]);
        int to = parts.length > 1 ? Integer.parseInt(parts[1]) : from;
        return range(file, from, to);
    }

    /** The whole file, normalised. */
    static String whole(String file) {
        return normalise(String.join("\n", lines(file)));
    }

    /** NFC, white space collapsed to single spaces, trimmed. */
    static String normalise(String s) {
        return s == null
                ? null
                : SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFC))
                        .replaceAll(" ")
                        .strip();
    }

    /**
     * NFC without any white space: for quotes of words split over lines where the seed joined a broken word or
     * number ("07-" / "NQ/TU" quoted as "07-NQ/TU").
     */
    static String squeeze(String s) {
        return s == null
                ? null
                : SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll("");
    }
}
