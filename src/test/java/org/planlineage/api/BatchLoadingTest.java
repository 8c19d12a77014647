package org.planlineage.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.planlineage.support.QueryCounter;
import org.planlineage.support.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * No N+1: a page of plan items with their targets, results, units (expanded), legal basis, indicator and document
 * costs the same number of database statements for 10 items as for 100, one per field and not one per item.
 */
@SeededGraphTest
@Import(QueryCounter.class)
class BatchLoadingTest {

    private static final String PAGE = """
            query($first: Int) {
              document(key: "3100-qd-ubnd-2023") {
                items(first: $first) {
                  nodes {
                    key text
                    targets { year raw value }
                    target(year: 2024) { raw }
                    results { raw }
                    lead { key name parent { key } }
                    cooperating { key }
                    responsibleUnits { role agency { key } via { key } }
                    legalBasis { key issuer { key } }
                    indicator { key items { key } }
                    document { key issuer { name } }
                  }
                }
              }
            }
            """;

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    QueryCounter counter;

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
        String query = """
                query($first: Int) {
                  documents(first: $first) { nodes { key items(first: 3) { totalCount nodes { key } } } }
                  agencies(first: $first) { nodes { key leads(first: 2) { totalCount nodes { key } }
                                                   cooperatesOn(first: 2) { totalCount } } }
                }""";
        assertThat(statementsFor(query, 50, "documents.nodes")).isEqualTo(statementsFor(query, 5, "documents.nodes"));
    }

    private int statementsFor(String query, int first, String listPath) {
        graphQl.document(query).variable("first", first).execute().errors().verify();
        counter.reset();
        graphQl.document(query)
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
        graphQl.document(PAGE)
                .variable("first", first)
                .execute()
                .path("document.items.nodes")
                .entityList(Object.class)
                .hasSize(first); // a warm-up run
        counter.reset();
        graphQl.document(PAGE)
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
