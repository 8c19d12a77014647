package org.planlineage.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.introspection.IntrospectionQuery;
import graphql.schema.GraphQLSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.planlineage.support.SeededGraphTest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.DefaultExecutionGraphQlService;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;

/**
 * Every read of {@code docs/queries.md} and the five workloads of the benchmark answer exactly the same, data and
 * errors, through the service's query strategy ({@code limits.LeafFieldExecution}, the short path for plain leaves)
 * and through graphql-java's own {@link AsyncExecutionStrategy} with the same exception handler, instrumentation,
 * document cache and data loaders; and so does graphql-java's introspection query. The documented writes are left out: run twice they would import twice.
 */
@SeededGraphTest
class LeafFastPathDifferentialTest {

    private static final Pattern EXAMPLE =
            Pattern.compile("```graphql\\n(.*?)```\\s*\\n+```json\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern WRITE = Pattern.compile("(?m)^\\s*mutation\\b");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    GraphQlSource source;

    @Autowired
    BatchLoaderRegistry batchLoaders;

    @Autowired
    ObjectProvider<DataFetcherExceptionResolver> resolvers;

    private ExecutionGraphQlService fast;
    private ExecutionGraphQlService general;

    @BeforeEach
    void bothStrategies() {
        GraphQL service = source.graphQl();
        assertThat(service.getQueryStrategy().getClass().getSimpleName()).isEqualTo("LeafFieldExecution");
        GraphQL plain = service.transform(b ->
                b.queryExecutionStrategy(new AsyncExecutionStrategy(DataFetcherExceptionResolver.createExceptionHandler(
                        resolvers.orderedStream().toList()))));
        assertThat(plain.getQueryStrategy()).isExactlyInstanceOf(AsyncExecutionStrategy.class);
        fast = service(service);
        general = service(plain);
    }

    private ExecutionGraphQlService service(GraphQL graphQl) {
        var service = new DefaultExecutionGraphQlService(new GraphQlSource() {
            @Override
            public GraphQL graphQl() {
                return graphQl;
            }

            @Override
            public GraphQLSchema schema() {
                return source.schema();
            }
        });
        service.addDataLoaderRegistrar(batchLoaders);
        return service;
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedReadAndWorkloadAnswersTheSameThroughBothStrategies() throws IOException {
        var tests = new ArrayList<DynamicTest>();
        Matcher m = EXAMPLE.matcher(Files.readString(Path.of("docs/queries.md"), StandardCharsets.UTF_8));
        int n = 0;
        while (m.find()) {
            String query = m.group(1);
            n++;
            if (!WRITE.matcher(query).find()) {
                tests.add(DynamicTest.dynamicTest("docs/queries.md example " + n, () -> same(query, Map.of())));
            }
        }
        assertThat(tests).as("documented reads").hasSizeGreaterThan(30);
        for (Workload w : Workloads.all(Workloads.Keys.SEED)) {
            tests.add(DynamicTest.dynamicTest("workload " + w.name(), () -> same(w.graphql(), w.variables())));
        }
        // lists completed in one step (limits.PlainLists) and their fallbacks, on the workloads' own starting points
        var keys = Workloads.Keys.SEED;
        tests.add(DynamicTest.dynamicTest(
                "DOWN: aliases, fragments on the nodes' types, __typename",
                () -> same("""
                        query($from: ID!) { lineage(from: $from, direction: DOWN) {
                          nodes { hops: degree node { __typename id ... on Document { key type } ... on PlanItem { key } } }
                          edges { relation from to } } }""", Map.of("from", keys.downFrom()))));
        tests.add(DynamicTest.dynamicTest(
                "rows: targets' parts and units, roles and enums, fields skipped and included",
                () -> same("""
                        query($key: String!, $raw: Boolean!) { document(key: $key) { items(first: 100) { nodes {
                          targets { year raw @include(if: $raw) comparator value unit scope @skip(if: $raw) }
                          responsibleUnits { role agency { key name level } via { key } }
                          lead { key aliases } legalBasis { key type } } } } }""", Map.of("key", keys.itemsOf(), "raw", true))));
        // GraphiQL's first request: graphql-java's own introspection query over the whole schema
        tests.add(
                DynamicTest.dynamicTest("introspection", () -> same(IntrospectionQuery.INTROSPECTION_QUERY, Map.of())));
        return tests.stream();
    }

    private void same(String query, Map<String, Object> variables) {
        JsonNode a = answer(fast, query, variables);
        JsonNode b = answer(general, query, variables);
        assertThat(a).isEqualTo(b);
        assertThat(a.has("data") || a.has("errors")).isTrue();
    }

    private static JsonNode answer(ExecutionGraphQlService service, String query, Map<String, Object> variables) {
        var request = new DefaultExecutionGraphQlRequest(
                query, null, variables, Map.of(), UUID.randomUUID().toString(), Locale.ENGLISH);
        Map<String, Object> map = service.execute(request).block().toMap();
        return JSON.valueToTree(map);
    }
}
