package org.planlineage.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.planlineage.text.Folding;

/**
 * {@link FoldedWords} (plain Java) answers exactly as folding the word and splitting it: for every character of its
 * table alone, between letters and after a letter it may combine with, and for Vietnamese words, both decomposed and
 * not. Each folded word of the text is found, and no word made of two neighbours or a part of one is.
 */
class FoldedWordsTest {

    private static final Pattern WORDS = Pattern.compile("[^a-z0-9]+");

    @Test
    void everyCharacterOfTheTableFoldsAsTheWholeWordDoes() {
        int checked = 0;
        for (char c = 0; c < FoldedWords.TABLE_SIZE; c++) {
            for (String text : List.of(String.valueOf(c), "a" + c + "b", "Xy" + c, c + "Z9", "e" + c + "t", "đ" + c)) {
                checkSameWords(text);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(6 * FoldedWords.TABLE_SIZE);
    }

    @Test
    void vietnameseWordsComposedOrNotAndOtherScripts() {
        for (String text : List.of(
                "Tỷ",
                "lệ",
                "hồ",
                "sơ",
                "«ĐƯỜNG»",
                "VH&TT",
                "(phường)",
                "2.000",
                "60,67%",
                "tiê\u0300n", // decomposed: "tiền" with its grave accent as a combining mark
                "Tie\u0302\u0301n",
                "İstanbul",
                "ΣΟΦΟΣ",
                "日本語",
                "a\u2003b", // an em space: beyond the table, the long way
                "x\uD83D\uDE00y", // a surrogate pair
                "",
                " ")) {
            checkSameWords(text);
        }
        assertThat(FoldedWords.anyIn("Tỷ", Set.of("ty"))).isTrue();
        assertThat(FoldedWords.anyIn("VH&TT", Set.of("tt"))).isTrue();
        assertThat(FoldedWords.anyIn("VH&TT", Set.of("vhtt"))).isFalse();
        assertThat(FoldedWords.anyIn("tiê\u0300n", Set.of("tien"))).isTrue();
    }

    /** Each folded word is found; two neighbours run together and the parts of a word are not. */
    private static void checkSameWords(String text) {
        List<String> words = Arrays.stream(WORDS.split(Folding.fold(text)))
                .filter(w -> !w.isEmpty())
                .toList();
        for (String w : words) {
            assertThat(FoldedWords.anyIn(text, Set.of(w)))
                    .as("%s in %s", w, text)
                    .isTrue();
        }
        var others = new ArrayList<String>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            for (int cut = 1; cut < w.length(); cut++) {
                others.add(w.substring(0, cut));
                others.add(w.substring(cut));
            }
            if (i + 1 < words.size()) {
                others.add(w + words.get(i + 1));
            }
        }
        others.removeAll(words);
        for (String other : others) {
            assertThat(FoldedWords.anyIn(text, Set.of(other)))
                    .as("%s in %s", other, text)
                    .isEqualTo(FoldedWords.slowAnyIn(text, Set.of(other)));
        }
    }
}
