package org.planlineage.search;

import java.util.List;
import java.util.Map;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Runs a search for up to 100 hits through the API and returns the hits as plain maps, for the search tests. */
final class SearchHits {

    private SearchHits() {}

    /**
     * {@code search(text: $text, first: 100<arguments>) <selection>}: {@code arguments} continue the argument list
     * (", kinds: [...]" or empty), {@code selection} is the hits' selection set with its braces.
     */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> of(HttpGraphQlTester graphQl, String text, String arguments, String selection) {
        return graphQl
                .document(
                        "query($text: String!) { search(text: $text, first: 100" + arguments + ") " + selection + " }")
                .variable("text", text)
                .execute()
                .path("search")
                .entityList(Map.class)
                .get()
                .stream()
                .map(m -> (Map<String, Object>) m)
                .toList();
    }
}
