package org.planlineage.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A hit's snippet, read in place ({@link Snippets#of}), is the snippet the text's words split at every space
 * gave: checked on every line of the seed's source documents with terms taken from the line (its first, a middle and
 * its last word, a word beyond the first 160 characters), none of its words, and words of other lines; and on the
 * edges of splitting (spaces leading, doubled, trailing, only spaces). Plain Java.
 */
class SnippetTest {

    @Test
    void everySourceLineGivesTheSnippetOfItsSplitWords() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("graph-seed/sources"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Files.readAllLines(file).stream().map(String::strip).forEach(lines::add);
            }
        }
        int checked = 0;
        int marked = 0;
        String previous = "";
        for (String line : lines) {
            List<String> terms = SearchService.terms(line);
            List<String> other = SearchService.terms(previous);
            var sets = new ArrayList<Set<String>>();
            sets.add(Set.of("khongcotrongvanban"));
            if (!terms.isEmpty()) {
                sets.add(Set.of(terms.get(0)));
                sets.add(Set.of(terms.get(terms.size() / 2)));
                sets.add(Set.of(terms.get(terms.size() - 1), "khongco"));
                sets.add(Set.copyOf(terms));
            }
            if (!other.isEmpty()) {
                sets.add(Set.of(other.get(other.size() / 2)));
            }
            if (line.length() > 200) {
                sets.add(Set.copyOf(SearchService.terms(line.substring(180))));
            }
            for (Set<String> set : sets) {
                String snippet = Snippets.of(line, set);
                assertThat(snippet).as("%s with %s", line, set).isEqualTo(splitSnippet(line, set));
                marked += snippet.contains("«") ? 1 : 0;
                checked++;
            }
            previous = line;
        }
        assertThat(checked).isGreaterThan(5_000);
        assertThat(marked).isGreaterThan(checked / 2);
    }

    @Test
    void theEdgesOfSplittingAtSpaces() {
        for (String text : List.of(
                "", " ", "   ", " Tỷ lệ", "Tỷ  lệ", "Tỷ lệ  ", "lệ", "a lệ b lệ c", "VH&TT và  phường  ", "«lệ»")) {
            for (Set<String> terms : List.of(Set.of("le"), Set.of("ty", "tt"), Set.of("zz"))) {
                assertThat(Snippets.of(text, terms))
                        .as("'%s' with %s", text, terms)
                        .isEqualTo(splitSnippet(text, terms));
            }
        }
        assertThat(Snippets.of("Tỷ  lệ hồ sơ", Set.of("le"))).isEqualTo("Tỷ  «lệ» hồ sơ");
    }

    /** What the snippet was before it read words in place: the text split at every space, each word a string. */
    private static String splitSnippet(String text, Set<String> terms) {
        String[] words = text.split(" ");
        int firstMatch = -1;
        for (int i = 0; i < words.length && firstMatch < 0; i++) {
            if (FoldedWords.anyIn(words[i], terms)) {
                firstMatch = i;
            }
        }
        int start = Math.max(0, firstMatch - 6);
        var out = new StringBuilder(start > 0 ? "… " : "");
        for (int i = start; i < words.length; i++) {
            boolean hit = i == firstMatch || (firstMatch >= 0 && i > firstMatch && FoldedWords.anyIn(words[i], terms));
            String word = hit ? "«" + words[i] + "»" : words[i];
            if (out.length() + word.length() > 160) {
                out.append(" …");
                break;
            }
            out.append(i > start ? " " : "").append(word);
        }
        return out.toString();
    }
}
