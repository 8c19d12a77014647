package org.planlineage.graph;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLInterfaceType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planlineage.support.FixtureGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** {@code node} and {@code nodes} on the fixture: every kind of node by its global id, typed by its NodeType. */
@FixtureGraphTest
class NodesTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    GraphQlSource source;

    record Typed(String __typename, String id) {}

    @Test
    void nodesAnswersEveryKindInTheOrderAskedWithNullForUnknownAndMalformedIds() {
        List<String> ids = List.of(
                "Agency:phong-vh",
                "PlanItem:qd-200-2022:1",
                "Document:nope",
                "Indicator:ho-so-cong-viec-cap-xa",
                "qd-100-2022",
                "Document:qd-100-2022");
        var answered = graphQl.document("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }")
                .variable("ids", ids)
                .execute()
                .errors()
                .verify()
                .path("nodes")
                .entityList(Typed.class)
                .get();
        assertThat(answered)
                .containsExactly(
                        new Typed("Agency", "Agency:phong-vh"),
                        new Typed("PlanItem", "PlanItem:qd-200-2022:1"),
                        null,
                        new Typed("Indicator", "Indicator:ho-so-cong-viec-cap-xa"),
                        null,
                        new Typed("Document", "Document:qd-100-2022"));
    }

    @Test
    void theRunningSchemaResolvesNodeWithTheNodeTypeResolver() {
        var node = (GraphQLInterfaceType) source.schema().getType("Node");
        assertThat(source.schema().getCodeRegistry().getTypeResolver(node)).isSameAs(NodeTypeResolution.RESOLVER);
    }
}
