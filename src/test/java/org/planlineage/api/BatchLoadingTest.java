package org.planlineage.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.planlineage.support.QueryCounter;
import org.planlineage.support.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * No N+1: a page of plan items with their targets, results, units (expanded), legal basis, indicator and document
 * costs the same number of database statements for 10 items as for 100, one per field and not one per item; so does
 * who answers for their units on a date, with the successions and their chains.
 */
@SeededGraphTest
class BatchLoadingTest {

    @Autowired
    HttpGraphQlTester graphQl;

    QueryCounter counter;

    @Autowired
    void counter(MeterRegistry meters) {
        counter = new QueryCounter(meters);
    }

    @Test
    void aPageOfAHundredItemsCostsAsManyStatementsAsAPageOfTen() {
        int ten = statementsFor(10);
        int hundred = statementsFor(100);
        assertThat(hundred).isEqualTo(ten);
        // the document, the page (count and rows), then one or two statements per field that reaches the graph
        // (keys, then the entities for them): 21 when written, for 14 such fields
        assertThat(hundred).isLessThanOrEqualTo(24);
    }

    @Test
    void documentsWithTheirRowsAndUnitsWithTheirRowsCostAsMuchForFiftyAsForFive() {
        String document = "documentsAndAgenciesWithRows";
        assertThat(statementsFor(document, 50, "documents.nodes"))
                .isEqualTo(statementsFor(document, 5, "documents.nodes"));
    }

    @Test
    void whoAnswersForEveryUnitOfAHundredRowsCostsAsMuchAsForTen() {
        // successors, predecessors, current and answering (with chains) on every unit of every row
        String document = "whoAnswersPage";
        int ten = statementsFor(document, 10, "document.items.nodes");
        assertThat(statementsFor(document, 100, "document.items.nodes")).isEqualTo(ten);
    }

    private int statementsFor(String documentName, int first, String listPath) {
        graphQl.documentName(documentName)
                .variable("first", first)
                .execute()
                .errors()
                .verify();
        counter.reset();
        graphQl.documentName(documentName)
                .variable("first", first)
                .execute()
                .errors()
                .verify()
                .path(listPath)
                .entityList(Object.class)
                .hasSize(first);
        return counter.count();
    }

    private int statementsFor(int first) {
        graphQl.documentName("planItemsPage")
                .variable("first", first)
                .execute()
                .path("document.items.nodes")
                .entityList(Object.class)
                .hasSize(first); // a warm-up run
        counter.reset();
        graphQl.documentName("planItemsPage")
                .variable("first", first)
                .execute()
                .errors()
                .verify()
                .path("document.items.nodes[*].key")
                .entityList(String.class)
                .hasSize(first);
        return counter.count();
    }
}
