package org.planlineage.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.planlineage.graph.NodeType;
import org.planlineage.support.Sdl;

/**
 * What a lineage query's selection asks the statement to read ({@link LineageSelection#of}), on the project's SDL
 * with graphql-java alone: no Spring, no database.
 */
class LineageSelectionTest {

    @Test
    void nodesSelectedByIdAloneAreReadByKeyWithoutProvenanceOrPaths() {
        assertThat(selection("nodes { degree node { id } } edges { from to relation }"))
                .isEqualTo(new LineageSelection(Set.of(), false, false));
    }

    @Test
    void keyAndTypenameNeedNoPropertiesEither() {
        assertThat(
                        selection(
                                "root { node { __typename ... on Document { key } } } nodes { node { id ... on Agency { key } } }"))
                .isEqualTo(new LineageSelection(Set.of(), false, false));
    }

    @Test
    void aFieldOfOneKindReadsThatKindOnly() {
        assertThat(selection("nodes { node { id ... on Document { number } } }"))
                .isEqualTo(new LineageSelection(Set.of(NodeType.DOCUMENT), false, false));
    }

    @Test
    void aNamedFragmentOnAKindCountsAsItsFields() {
        assertThat(selectionOf("""
                        query { lineage(from: "x", direction: DOWN) { root { node { ...Row } } } }
                        fragment Row on PlanItem { text }""")).isEqualTo(new LineageSelection(Set.of(NodeType.PLAN_ITEM), false, false));
    }

    @Test
    void aNestedFieldResolvedLaterNeedsItsKindRead() {
        assertThat(selection(
                        "nodes { node { ... on Agency { members { key } } ... on PlanItem { document { key } } } }"))
                .isEqualTo(new LineageSelection(EnumSet.of(NodeType.AGENCY, NodeType.PLAN_ITEM), false, false));
    }

    @Test
    void stepsOfPathsCountTooWithTheirProvenance() {
        assertThat(selection("paths { steps { relation node { id ... on Agency { name } } provenance { locator } } }"))
                .isEqualTo(new LineageSelection(Set.of(NodeType.AGENCY), true, true));
    }

    @Test
    void provenanceOfEdgesAloneIsProvenance() {
        assertThat(selection("edges { from provenance { quote } }"))
                .isEqualTo(new LineageSelection(Set.of(), true, false));
    }

    @Test
    void pathsWithoutProvenance() {
        assertThat(selection("truncated paths { steps { node { id } } }"))
                .isEqualTo(new LineageSelection(Set.of(), false, true));
    }

    @Test
    void theBenchmarksUpQueryReadsKeysOnlyWithPaths() {
        assertThat(selection("nodes { degree node { id } } edges { from to relation } paths { steps { node { id } } }"))
                .isEqualTo(new LineageSelection(Set.of(), false, true));
    }

    @Test
    void aFieldOfTheNodeInterfaceReadsEveryKind() {
        assertThat(
                        selection(
                                "nodes { node { ... on Node { id } ... { __typename } } } root { node { ... on Node { ... on Indicator { name } } } }"))
                .isEqualTo(new LineageSelection(Set.of(NodeType.INDICATOR), false, false));
    }

    @Test
    void skippedAndExcludedFieldsAreNotRead() {
        assertThat(selectionOf("""
                        query($full: Boolean!, $no: Boolean = true) { lineage(from: "x", direction: DOWN) {
                          nodes { node { ... on Document @include(if: $full) { number } ... on Agency { name @skip(if: $no) } } }
                          edges @include(if: false) { provenance { quote } }
                          paths @skip(if: $no) { steps { node { id } } } } }""", Map.of("full", false))).isEqualTo(new LineageSelection(Set.of(), false, false));
        assertThat(selectionOf("""
                        query($full: Boolean!, $no: Boolean = true) { lineage(from: "x", direction: DOWN) {
                          nodes { node { ... on Document @include(if: $full) { number } ... on Agency { name @skip(if: $no) } } }
                          edges @include(if: true) { provenance { quote } }
                          paths @skip(if: $no) { steps { node { id } } } } }""", Map.of("full", true, "no", false)))
                .isEqualTo(new LineageSelection(EnumSet.of(NodeType.DOCUMENT, NodeType.AGENCY), true, true));
    }

    @Test
    void fragmentsAboveTheNodeAndAliasesCountToo() {
        assertThat(selectionOf("""
                        query { lineage(from: "x", direction: UP) { ...Walk up: paths { ... on LineagePath { steps { ...Step } } } } }
                        fragment Walk on Lineage { everything: nodes { node { ... on PlanItem { text } } } }
                        fragment Step on LineageStep { provenance { quote } }""", Map.of())).isEqualTo(new LineageSelection(Set.of(NodeType.PLAN_ITEM), true, true));
    }

    private static LineageSelection selection(String lineageFields) {
        return selectionOf("query { lineage(from: \"x\", direction: DOWN) { " + lineageFields + " } }");
    }

    /** Runs the query on the SDL with a fetcher of {@code Query.lineage} that keeps what it was asked to select. */
    private static LineageSelection selectionOf(String query) {
        return selectionOf(query, Map.of());
    }

    private static LineageSelection selectionOf(String query, Map<String, Object> variables) {
        var seen = new LineageSelection[1];
        DataFetcher<Object> lineage = env -> {
            seen[0] = LineageSelection.of(env);
            return null;
        };
        var sdl = Sdl.schema();
        var schema = sdl.transform(s -> s.codeRegistry(GraphQLCodeRegistry.newCodeRegistry(sdl.getCodeRegistry())
                .dataFetcher(FieldCoordinates.coordinates("Query", "lineage"), lineage)
                .build()));
        var result = GraphQL.newGraphQL(schema)
                .build()
                .execute(ExecutionInput.newExecutionInput(query).variables(variables));
        assertThat(seen[0])
                .as("the lineage fetcher ran: %s", result.getErrors())
                .isNotNull();
        return seen[0];
    }
}
