package org.planlineage.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlineage.support.QueryCounter;
import org.planlineage.support.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * What a request costs in database statements, on the seed: one per rule run, one per field that names entities for
 * the whole page (no N+1), and for {@code relation} one per hop of the search.
 */
@SeededGraphTest
@Import(QueryCounter.class)
class FindingStatementsTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    QueryCounter counter;

    @Test
    void aPageOfAHundredFindingsCostsAsManyStatementsAsAPageOfTen() {
        int ten = statements(Map.of("first", 10));
        int hundred = statements(Map.of("first", 100));
        assertThat(hundred).isEqualTo(ten);
        // six rules (counts select every kind), then document, documents, items, agencies, indicator, and the
        // provenance's rows and documents: one statement each for the whole page
        assertThat(hundred).isEqualTo(13);
    }

    @Test
    void onlyTheRulesOfTheKindsAskedForRunWhenTheCountsAreNotSelected() {
        graphQl.document("{ findings(kinds: [UNRESOLVED_ASSIGNMENT]) { totalCount } }")
                .execute();
        counter.reset();
        graphQl.document("{ findings(kinds: [UNRESOLVED_ASSIGNMENT]) { totalCount } }")
                .execute()
                .errors()
                .verify()
                .path("findings.totalCount")
                .entity(Integer.class)
                .isEqualTo(9);
        assertThat(counter.count()).isEqualTo(1);
    }

    @Test
    void aRelationCostsOneStatementPerHopOfTheSearchAndOnePerKindOfNodeLoaded() {
        String query = "{ relation(between: \"3100-qd-ubnd-2023\", and: \"57-nq-tw-2024\") { length } }";
        graphQl.document(query).execute();
        counter.reset();
        graphQl.document(query)
                .execute()
                .errors()
                .verify()
                .path("relation.length")
                .entity(Integer.class)
                .isEqualTo(3);
        // two look-ups of the ends, three hops (a chain of three steps), one load of the documents reached
        assertThat(counter.count()).isEqualTo(6);
    }

    private int statements(Map<String, Object> variables) {
        // a first request plans every statement (cold Cypher may pass the request timeout on a busy machine): not
        // counted
        graphQl.documentName("findings").variables(variables).execute();
        counter.reset();
        graphQl.documentName("findings").variables(variables).execute().errors().verify();
        return counter.count();
    }
}
