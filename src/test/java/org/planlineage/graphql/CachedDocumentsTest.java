package org.planlineage.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlineage.support.FixtureGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.graphql.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ContextConfiguration;

/**
 * The same document asked with different variables, through the service and its cache of parsed documents: each time
 * the answer its variables ask for, and the refusal they earn (depth through {@code @include(if:)}, cost through
 * {@code first:}), whether the document was parsed for this request or taken from the cache; and a cache too small to
 * hold the documents asked still answers each of them. The cache holds 150 characters of query text here: either of the
 * two documents below (138 and 57 characters), not both.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "app.seed.mode=IF_CHANGED",
            "app.seed.location=classpath:fixture-seed/",
            "app.graphql.max-depth=5",
            "app.graphql.max-cost=60",
            "app.graphql.document-cache-characters=150"
        })
@AutoConfigureHttpGraphQlTester
@ContextConfiguration(initializers = FixtureGraphTest.Initializer.class)
class CachedDocumentsTest {

    /** Depth 4 without the included branch, 6 with it (over the limit of 5). */
    static final String PARENTS = "query($deep: Boolean!) { agency(key: \"phong-vh\") { key parent { key parent { key"
            + " parent @include(if: $deep) { key parent { key } } } } } }";

    /** Costs 2 + n (documents, nodes, n keys): over the budget of 60 from n = 59. */
    static final String PAGE = "query($n: Int) { documents(first: $n) { nodes { key } } }";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    DocumentCache cache;

    @Test
    void theSameDocumentAnswersWhatEachRequestsVariablesAskAndRefusesWhatTheyMakeTooDeep() {
        cache.clear();
        for (int round = 0; round < 3; round++) {
            shallow();
            assertThat(cache.contains(PARENTS)).isTrue(); // the next request takes it from the cache
            tooDeep();
        }
    }

    @Test
    void theSameDocumentAnswersASmallPageAndRefusesALargeOneOverTheCostBudget() {
        cache.clear();
        for (int round = 0; round < 3; round++) {
            List<String> two = page(2);
            assertThat(cache.contains(PAGE)).isTrue();
            assertThat(two).hasSize(2);
            assertThat(page(3)).hasSize(3).startsWith(two.toArray(String[]::new));
            overBudget(100, 102);
            assertThat(page(58)).hasSize(15); // 2 + 58 = 60, at the budget: answered (the fixture's 15 documents)
            overBudget(59, 61);
        }
    }

    @Test
    void aCacheTooSmallForEveryDocumentAskedStillAnswersEachOfThem() {
        // the two documents together are longer than the cache: each evicts the other, and both still answer
        assertThat(PARENTS.length() + PAGE.length()).isGreaterThan(150);
        for (int round = 0; round < 4; round++) {
            shallow();
            assertThat(page(2)).hasSize(2);
            assertThat(cache.size()).isEqualTo(1);
            tooDeep();
            overBudget(100, 102);
        }
    }

    private void shallow() {
        graphQl.document(PARENTS)
                .variable("deep", false)
                .execute()
                .path("agency")
                .matchesJson("{\"key\": \"phong-vh\", \"parent\": {\"key\": \"ubnd-tp\", \"parent\": {\"key\":"
                        + " \"ubnd-tinh\"}}}");
    }

    private void tooDeep() {
        graphQl.document(PARENTS)
                .variable("deep", true)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(e.getMessage())
                            .isEqualTo("maximum query depth exceeded 6 > 5 (limit: app.graphql.max-depth)");
                    assertThat(e.getExtensions()).containsEntry("limit", "app.graphql.max-depth");
                }));
    }

    private List<String> page(int n) {
        return graphQl.document(PAGE)
                .variable("n", n)
                .execute()
                .path("documents.nodes[*].key")
                .entityList(String.class)
                .get();
    }

    /** Refused before anything runs, naming the budget and the estimate. */
    private void overBudget(int n, int estimate) {
        graphQl.document(PAGE)
                .variable("n", n)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(e.getExtensions())
                            .containsAllEntriesOf(
                                    Map.of("limit", "app.graphql.max-cost", "estimate", estimate, "budget", 60));
                }));
    }
}
