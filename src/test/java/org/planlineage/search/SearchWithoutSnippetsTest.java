package org.planlineage.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlineage.support.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * A search that selects no {@code snippet} reads no hit's words and makes no snippet ({@link HitSelection#snippets}),
 * and finds the same hits, in the same order, with the same scores as one that does; a snippet selected under an
 * alias or through a fragment is made as when selected plainly.
 */
@SeededGraphTest
class SearchWithoutSnippetsTest {

    static final String TEXT = "ty le ho so cong viec tai phuong";

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void withoutSnippetsTheSameHitsInTheSameOrderWithTheSameScores() {
        List<Map<String, Object>> narrow = hits("{ kind score node { id } }");
        List<Map<String, Object>> wide = hits("{ kind score node { id } snippet }");
        assertThat(narrow).hasSize(100);
        assertThat(wide).hasSize(100);
        for (int i = 0; i < narrow.size(); i++) {
            var withSnippet = new java.util.LinkedHashMap<>(wide.get(i));
            assertThat(withSnippet.remove("snippet")).isNotNull();
            assertThat(narrow.get(i)).isEqualTo(withSnippet);
        }
        // the best hit, as the seed's sources write it
        assertThat(wide.get(0).get("kind")).isEqualTo("PLAN_ITEM");
        assertThat((String) wide.get(0).get("snippet")).startsWith("«Tỷ» «lệ»");
    }

    @Test
    void aSnippetUnderAnAliasOrThroughAFragmentIsTheSnippet() {
        List<Map<String, Object>> plain = hits("{ node { id } snippet }");
        List<Map<String, Object>> aliased = hits("{ node { id } quote: snippet }");
        List<Map<String, Object>> fragment =
                hits("{ node { id } ...Quoted } } fragment Quoted on SearchHit { snippet ");
        for (int i = 0; i < plain.size(); i++) {
            assertThat(aliased.get(i).get("quote")).isEqualTo(plain.get(i).get("snippet"));
            assertThat(fragment.get(i)).isEqualTo(plain.get(i));
        }
    }

    private List<Map<String, Object>> hits(String selection) {
        return SearchHits.of(graphQl, TEXT, "", selection);
    }
}
