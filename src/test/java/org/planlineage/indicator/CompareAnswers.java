package org.planlineage.indicator;

import java.util.Map;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Runs a compare query through the API and returns its {@code compare} answer as plain maps, failing on any error. */
final class CompareAnswers {

    private CompareAnswers() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> compare(HttpGraphQlTester graphQl, String query, String indicator, String within) {
        var response = graphQl.document(query)
                .variable("indicator", indicator)
                .variable("within", within)
                .execute();
        response.errors().verify();
        return response.path("compare").entity(Map.class).get();
    }
}
