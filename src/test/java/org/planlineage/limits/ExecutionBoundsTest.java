package org.planlineage.limits;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.planlineage.graphql.GuardrailProperties;
import org.planlineage.lineage.LineageProperties;
import org.springframework.util.unit.DataSize;

/**
 * The bounds of an execution as its one instrumentation applies them, without Spring or a database: depth, then
 * complexity, then cost (a limit of 4 each here) refuse a document before anything runs (the first bound passed is the one named), and once a
 * request is stopped a list is no longer walked and no fetcher runs.
 */
class ExecutionBoundsTest {

    private static final String SCHEMA = """
            type Query { unit: Unit, units: [Unit] }
            type Unit { name: String, parent: Unit, members: [Unit] }
            """;

    private static final Map<String, Object> UNIT = Map.of(
            "name",
            "UBND 11 phường",
            "members",
            List.of(Map.of("name", "UBND phường Bình Trưng"), Map.of("name", "UBND phường Cát Lái")));

    /** Depth 3, 4 fields, a cost of {@code cost}, and an answer of at most {@code answerFields} fields. */
    private static GraphQL graphQl(long cost, long answerFields) {
        var limits = new GuardrailProperties(
                3, 4, cost, answerFields, 5000, 50000, DataSize.ofMegabytes(1), Duration.ofSeconds(10));
        var load = new LoadProperties(4, 16, Duration.ofSeconds(2), List.of("lineage"), 20000);
        var bounds = new ExecutionBounds(
                limits, load, new QueryCost(new ListSizes(new LineageProperties(20, 3000, 20000))), new LoadGate(load));
        var wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", q -> q.dataFetcher("unit", env -> UNIT).dataFetcher("units", env -> List.of(UNIT)))
                .build();
        var schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA), wiring);
        // the same parsed document for the same text, as the service's document cache does
        var documents = new ConcurrentHashMap<String, PreparsedDocumentEntry>();
        PreparsedDocumentProvider cache = (input, parse) ->
                CompletableFuture.completedFuture(documents.computeIfAbsent(input.getQuery(), q -> parse.apply(input)));
        return GraphQL.newGraphQL(schema)
                .instrumentation(bounds)
                .preparsedDocumentProvider(cache)
                .build();
    }

    private static String refusal(String query) {
        ExecutionResult result = graphQl(4, 1000).execute(query);
        assertThat(result.getErrors()).hasSize(1);
        return result.getErrors().get(0).getMessage();
    }

    @Test
    void aDocumentOverEveryBoundIsRefusedForItsDepthFirst() {
        // depth 5 > 3, 5 fields > 4, a cost of 5 > 4
        assertThat(refusal("{ unit { parent { parent { parent { name } } } } }"))
                .isEqualTo("maximum query depth exceeded 5 > 3");
    }

    @Test
    void aShallowDocumentOverTheFieldsAndTheCostIsRefusedForItsFields() {
        // depth 2, 6 fields > 4, a cost of 6 > 4
        assertThat(refusal("{ unit { name } a: unit { name } b: unit { name } }"))
                .isEqualTo("maximum query complexity exceeded 6 > 4");
    }

    @Test
    void aSmallDocumentOverTheCostIsRefusedForItsCost() {
        // depth 3, 3 fields; the list counts 20: 1 + (1 + 20 x 1) = 22 > 4
        assertThat(refusal("{ unit { members { name } } }"))
                .startsWith("The query could return about 22 values, over the budget of 4 (app.graphql.max-cost).");
    }

    @Test
    void aDocumentWithinTheBoundsIsAnswered() {
        ExecutionResult result = graphQl(4, 1000).execute("{ unit { name } }");
        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, Object>>getData()).isEqualTo(Map.of("unit", Map.of("name", "UBND 11 phường")));
    }

    @Test
    void aDocumentThatPassedIsCheckedAgainWithOtherVariables() {
        // the verdicts are kept per document and variables: the same document asking for the members costs
        // 1 + 1 + (1 + 20 x 1) = 23 > 4, and is refused between two answers without them (a cost of 2)
        GraphQL graphQl = graphQl(4, 1000);
        String query = "query($members: Boolean!) { unit { name members @include(if: $members) { name } } }";
        for (boolean members : List.of(false, false, true, false)) {
            ExecutionResult result =
                    graphQl.execute(ExecutionInput.newExecutionInput(query).variables(Map.of("members", members)));
            if (members) {
                assertThat(result.getErrors())
                        .singleElement()
                        .satisfies(e -> assertThat(e.getMessage())
                                .startsWith("The query could return about 23 values, over the budget of 4"));
            } else {
                assertThat(result.getErrors()).isEmpty();
                assertThat(result.<Map<String, Object>>getData())
                        .isEqualTo(Map.of("unit", Map.of("name", "UBND 11 phường")));
            }
        }
    }

    @Test
    void anAnswerPastItsFieldsIsStoppedAndWalksNoFurtherList() {
        var control = new RequestControl(Duration.ofSeconds(10));
        // unit (1), name (2), members (3 > 2): stopped as members is about to be read, so it answers no member
        ExecutionResult result = graphQl(1000, 2)
                .execute(ExecutionInput.newExecutionInput("{ unit { name members { name } } }")
                        .graphQLContext(Map.of(RequestControl.KEY, control)));
        assertThat(control.stopped()).isEqualTo(RequestControl.Stop.TOO_LARGE);
        assertThat(result.<Map<String, Object>>getData())
                .isEqualTo(Map.of("unit", Map.of("name", "UBND 11 phường", "members", List.of())));
    }

    @Test
    void aStoppedRequestRunsNoFetcher() {
        var control = new RequestControl(Duration.ofSeconds(10));
        control.stop(RequestControl.Stop.DEADLINE);
        ExecutionResult result = graphQl(1000, 1000)
                .execute(ExecutionInput.newExecutionInput("{ unit { name } units { name } }")
                        .graphQLContext(Map.of(RequestControl.KEY, control)));
        var data = result.<Map<String, Object>>getData();
        assertThat(data).containsEntry("units", List.of());
        assertThat(data.get("unit")).isNull();
    }
}
