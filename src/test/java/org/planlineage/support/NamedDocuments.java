package org.planlineage.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Sends a query document of {@code src/test/resources/graphql-test/} by name with a map of variables, for the tests
 * that send one document many times: its answer (no error allowed) read at the field the document is named for, or
 * its refusal (exactly one error, with its classification and its message).
 */
public final class NamedDocuments {

    private NamedDocuments() {}

    /** The answer at field {@code name} of document {@code name}, which must come without an error. */
    public static <T> T answer(GraphQlTester graphQl, String name, Map<String, Object> variables, Class<T> type) {
        return send(graphQl, name, variables)
                .errors()
                .verify()
                .path(name)
                .entity(type)
                .get();
    }

    /** Document {@code name} is refused with one error of {@code classification} saying exactly {@code message}. */
    public static void assertRefused(
            GraphQlTester graphQl, String name, Map<String, Object> variables, String classification, String message) {
        send(graphQl, name, variables)
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType().toString()).isEqualTo(classification);
                    assertThat(e.getMessage()).isEqualTo(message);
                }));
    }

    private static GraphQlTester.Response send(GraphQlTester graphQl, String name, Map<String, Object> variables) {
        GraphQlTester.Request<?> request = graphQl.documentName(name);
        for (var v : variables.entrySet()) {
            request = request.variable(v.getKey(), v.getValue());
        }
        return request.execute();
    }
}
