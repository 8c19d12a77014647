package org.planlineage.limits;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.execution.CoercedVariables;
import graphql.introspection.IntrospectionQuery;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.planlineage.lineage.LineageProperties;

/**
 * The cost estimate on the real schema, without Spring or a database: a list multiplies what each item selects by
 * its bound, so the queries of issue 13 cost millions while ordinary queries cost hundreds.
 */
class QueryCostTest {

    static GraphQLSchema schema;
    static final QueryCost COST = new QueryCost(new ListSizes(new LineageProperties(20, 3000, 20000)));

    @BeforeAll
    static void schema() throws IOException {
        var registry = new TypeDefinitionRegistry();
        try (Stream<Path> files = Files.list(Path.of("schema/graphql"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".graphqls"))
                    .sorted()
                    .toList()) {
                registry.merge(new SchemaParser().parse(Files.readString(file)));
            }
        }
        schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    }

    static long cost(String query) {
        return cost(query, Map.of());
    }

    static long cost(String query, Map<String, Object> variables) {
        return COST.estimate(schema, Parser.parse(query), null, CoercedVariables.of(variables))
                .total();
    }

    @Test
    void aScalarFieldCostsOneAndAnObjectOnePlusWhatItSelects() {
        assertThat(cost("{ planItem(key: \"k\") { key text } }")).isEqualTo(3);
        assertThat(cost("{ planItem(key: \"k\") { document { key } } }")).isEqualTo(3);
    }

    @Test
    void aConnectionCountsItsPageSizeAndDefaultsToTwenty() {
        // documents (1) + nodes (1 + 100 x key) = 102; with the default first of 20: 1 + 1 + 20
        assertThat(cost("{ documents(first: 100) { nodes { key } } }")).isEqualTo(102);
        assertThat(cost("{ documents { nodes { key } } }")).isEqualTo(22);
        assertThat(cost("query($n: Int) { documents(first: $n) { nodes { key } } }", Map.of("n", 50)))
                .isEqualTo(52);
    }

    @Test
    void unpagedListsCountTheirTypicalSizeAndNestedListsMultiply() {
        // documents(1) + nodes(1 + 100 x basedOn(1 + 20 x relation)) = 2 + 100 x 21
        assertThat(cost("{ documents(first: 100) { nodes { basedOn { relation } } } }"))
                .isEqualTo(2 + 100 * 21);
    }

    @Test
    void aLineageCountsItsConfiguredBounds() {
        // nodes: 1 + 3000 x (degree + node { id }) = 1 + 3000 x 3
        assertThat(cost("{ lineage(from: \"x\", direction: UP) { nodes { degree node { id } } } }"))
                .isEqualTo(1 + 1 + 3000 * 3);
        // paths: 1 + 20000 x steps (1 + (maxDepth 4 + 1) x relation)
        assertThat(cost("{ lineage(from: \"x\", direction: UP, maxDepth: 4) { paths { steps { relation } } } }"))
                .isEqualTo(1 + 1 + 20000L * (1 + 5));
    }

    @Test
    void issue13sLineageWithEachStepsUnitsCooperationsIsFarOverTheBudget() {
        String query = """
                { lineage(from: "742-qd-ubnd-2023", direction: DOWN, relations: [LEGAL_BASIS, IMPLEMENTS, ISSUES,
                    PROPOSED_BY, CITES, SET_IN, LEAD, COOPERATING, MEMBER_OF]) {
                  paths { steps { node { ... on PlanItem { lead { cooperatesOn(first: 100) { nodes { key } } } } } } }
                } }""";
        assertThat(cost(query)).isGreaterThan(50_000_000L); // ten times the default budget
    }

    @Test
    void aChainOfDerivedAndBasedOnFourteenDeepIsFarOverTheBudget() {
        String hop = "derivedDocuments { document { basedOn { document { %s } } } }";
        String inner = "key";
        for (int i = 0; i < 3; i++) {
            inner = hop.formatted(inner);
        }
        String query = "{ document(key: \"qd-100-2022\") { " + inner + " } }";
        assertThat(query.chars().filter(c -> c == '{').count()).isEqualTo(14);
        assertThat(cost(query)).isGreaterThan(5_000_000L);
    }

    @Test
    void sixteenAliasesOfTheLargestLineageAreOverTheBudget() {
        String one = "lineage(from: \"742-qd-ubnd-2023\", direction: DOWN) { nodes { node { id } } edges { from to }"
                + " paths { steps { relation node { id } } } }";
        var query = new StringBuilder("{");
        for (int i = 0; i < 16; i++) {
            query.append(" l").append(i).append(": ").append(one);
        }
        assertThat(cost("{" + one + "}")).isLessThan(5_000_000L);
        assertThat(cost(query + " }")).isGreaterThan(5_000_000L);
    }

    @Test
    void anAuditorsFullLineageAndTheReadmeQueryFitTheBudget() {
        String auditor = """
                { lineage(from: "3100-qd-ubnd-2023:12", direction: UP) {
                    nodes { degree node { id ... on Document { number title issuedOn } } }
                    edges { from relation to provenance { document { key number } locator quote lines } }
                    paths { steps { relation node { id } provenance { document { key } locator quote } } }
                    truncated } }""";
        assertThat(cost(auditor)).isBetween(1_000_000L, 5_000_000L);
    }

    @Test
    void graphiqlsIntrospectionQueryFitsTheBudget() {
        assertThat(cost(IntrospectionQuery.INTROSPECTION_QUERY)).isBetween(1_000L, 5_000_000L);
    }

    @Test
    void theSumSaturatesInsteadOfOverflowing() {
        assertThat(QueryCost.multiply(Long.MAX_VALUE / 2, 3)).isEqualTo(Long.MAX_VALUE);
        assertThat(QueryCost.add(Long.MAX_VALUE, 1)).isEqualTo(Long.MAX_VALUE);
    }
}
