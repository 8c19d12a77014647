package org.planlineage.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.AstPrinter;
import graphql.parser.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The cache of parsed documents on its own (no Spring, no database): a document asked again is not parsed again, a
 * refused one is never kept, and a full cache evicts and still answers every document, parsing it afresh.
 */
class DocumentCacheTest {

    private final List<String> parsed = new ArrayList<>();

    /** graphql-java's parse-and-validate step, counted: parses for real, refuses any text containing "nope". */
    private final Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate = input -> {
        parsed.add(input.getQuery());
        if (input.getQuery().contains("nope")) {
            return new PreparsedDocumentEntry(List.of(GraphQLError.newError()
                    .message("Validation error: field 'nope' is not in Query")
                    .build()));
        }
        return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
    };

    private PreparsedDocumentEntry ask(DocumentCache cache, String query) {
        return cache.getDocumentAsync(ExecutionInput.newExecutionInput(query).build(), parseAndValidate)
                .join();
    }

    @Test
    void aDocumentAskedAgainIsServedFromTheCacheWithoutParsing() {
        var cache = new DocumentCache(10_000);
        String query = "query($n: Int) { documents(first: $n) { nodes { key } } }";

        PreparsedDocumentEntry first = ask(cache, query);
        PreparsedDocumentEntry second = ask(cache, query);

        assertThat(parsed).containsExactly(query);
        assertThat(second.getDocument()).isSameAs(first.getDocument());
        assertThat(second.hasErrors()).isFalse();
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void aRefusedDocumentIsRefusedAgainEachTimeAndNeverKept() {
        var cache = new DocumentCache(10_000);

        PreparsedDocumentEntry first = ask(cache, "{ nope }");
        PreparsedDocumentEntry second = ask(cache, "{ nope }");

        assertThat(parsed).containsExactly("{ nope }", "{ nope }");
        assertThat(first.getErrors())
                .extracting(GraphQLError::getMessage)
                .containsExactly("Validation error: field 'nope' is not in Query");
        assertThat(second.getErrors())
                .extracting(GraphQLError::getMessage)
                .containsExactly("Validation error: field 'nope' is not in Query");
        assertThat(cache.size()).isZero();
    }

    @Test
    void aFullCacheEvictsAndStillAnswersEveryDocument() {
        // room for the text of two of these three documents (20 characters each), not all three
        var cache = new DocumentCache(45);
        List<String> queries = List.of("{ a: __typename    }", "{ b: __typename    }", "{ c: __typename    }");

        for (int round = 0; round < 3; round++) {
            for (String query : queries) {
                PreparsedDocumentEntry entry = ask(cache, query);
                assertThat(entry.hasErrors()).isFalse();
                assertThat(AstPrinter.printAst(entry.getDocument()))
                        .isEqualTo(AstPrinter.printAst(Parser.parse(query)));
            }
        }

        assertThat(cache.size()).isLessThanOrEqualTo(2);
        assertThat(parsed).hasSizeGreaterThan(3); // evicted documents were parsed again
    }

    @Test
    void aDocumentLongerThanTheWholeCacheIsAnsweredButNotKept() {
        var cache = new DocumentCache(10);
        String query = "{ documents { totalCount } }";

        assertThat(ask(cache, query).getDocument().getDefinitions()).hasSize(1);
        assertThat(ask(cache, query).hasErrors()).isFalse();

        assertThat(parsed).containsExactly(query, query);
        assertThat(cache.size()).isZero();
    }
}
