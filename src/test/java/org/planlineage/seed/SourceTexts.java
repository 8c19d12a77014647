package org.planlineage.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The source texts the seed was read from, as the repository keeps them in {@code graph-seed/sources/} (another
 * folder can be given with {@code -Dplanlineage.sources=...}). Tests use them to check that what the graph says is
 * really in the source, at the lines it claims.
 *
 * <p>Comparisons are made on normalised text: NFC (one of the sources is partly decomposed) and every run of white
 * space (no-break spaces included) as one space, because a PDF cell's words are spread over several lines.
 */
final class SourceTexts {

    /** White space, the no-break space included (1687 line 25 has one between a number and "ngày"). */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

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
                // decoded leniently, as the service reads them: a byte that is not UTF-8 would become U+FFFD
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

    /**
     * Whether the file marks the document's word breaks at line ends: in the text extracted from 000 and 001 every
     * line the document wraps at a space ends with a space, so a line that ends without one (and whose next line
     * does not start with one) cuts a word, an abbreviation or a number ("HĐND&UBN" / "D TPVL", "147-" / "KH/TU").
     * Detected, not listed: more than 99 % of the file's non-blank lines end with a space.
     */
    static boolean marksWordBreaks(String file) {
        var nonBlank = lines(file).stream().filter(l -> !l.isBlank()).toList();
        long endingWithSpace = nonBlank.stream()
                .filter(l -> Character.isWhitespace(l.charAt(l.length() - 1)))
                .count();
        return endingWithSpace * 100 > nonBlank.size() * 99L;
    }

    /** A cut inside a word at a line end (see {@link #marksWordBreaks}): the line, the next non-blank one, the two pieces. */
    record Cut(int line, int nextLine, String before, String after) {
        /** The pieces as a curator who joined the lines with a space would have written them. */
        String spaced() {
            return before + " " + after;
        }

        String joined() {
            return before + after;
        }
    }

    /** Every cut inside a word in a file that marks word breaks; none in the others. */
    static List<Cut> cuts(String file) {
        if (!marksWordBreaks(file)) {
            return List.of();
        }
        var all = lines(file);
        var cuts = new ArrayList<Cut>();
        for (int i = 0; i < all.size(); i++) {
            String line = all.get(i);
            if (line.isBlank() || Character.isWhitespace(line.charAt(line.length() - 1))) {
                continue;
            }
            int next = i + 1;
            while (next < all.size() && all.get(next).isBlank()) {
                next++;
            }
            if (next == all.size() || Character.isWhitespace(all.get(next).charAt(0))) {
                continue;
            }
            String[] before = normalise(line).split(" ");
            String after = normalise(all.get(next)).split(" ")[0];
            cuts.add(new Cut(i + 1, next + 1, before[before.length - 1], after));
        }
        return List.copyOf(cuts);
    }

    /** Lines {@code lines} of a file, normalised, with every cut inside a word rejoined without a space. */
    static String rejoined(String file, String lines) {
        String[] parts = lines.split("-");
        int from = Integer.parseInt(parts[0]);
        int to = parts.length > 1 ? Integer.parseInt(parts[1]) : from;
        var all = lines(file);
        var cutLines = cuts(file).stream().map(Cut::line).collect(Collectors.toSet());
        var text = new StringBuilder();
        for (int n = from; n <= to; n++) {
            text.append(all.get(n - 1));
            if (cutLines.contains(n)) {
                while (n < to && all.get(n).isBlank()) {
                    n++; // the blank lines between the two pieces
                }
            } else {
                text.append('\n');
            }
        }
        return normalise(text.toString());
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
