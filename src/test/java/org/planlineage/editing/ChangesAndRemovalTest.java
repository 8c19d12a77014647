package org.planlineage.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planlineage.support.EditingGraph.as;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planlineage.support.EditingGraph;
import org.planlineage.support.EditingGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The audit trail newest first, updates that drop rows, and removals that leave what cites a document whole. */
@EditingGraphTest
class ChangesAndRemovalTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    Neo4jClient client;

    @BeforeEach
    void clean() {
        EditingGraph.clean(client);
    }

    GraphQlTester editor() {
        return as(graphQl, EditingGraphTest.EDITOR);
    }

    GraphQlTester.Response importAsEditor(Map<String, Object> input) {
        return editor().documentName("importDocument").variable("input", input).execute();
    }

    GraphQlTester.Response remove(String key) {
        return editor().documentName("removeDocument").variable("key", key).execute();
    }

    static Map<String, Object> wardDecision() {
        var decision = new HashMap<String, Object>(Map.of(
                "key", "qd-phuong-a-2022", "type", "DECISION", "issuedOn", "2022-08-01", "issuer", "ubnd-phuong-a"));
        decision.put("links", List.of(Map.of("relation", "IMPLEMENTS", "document", Map.of("key", "12-kh-ubnd-2022"))));
        return decision;
    }

    @Test
    void changesAreListedNewestFirstWithCursorsThatPageOn() {
        importAsEditor(ImportDocumentTest.wardPlan());
        importAsEditor(wardDecision());
        var first = graphQl.document("{ changes(first: 1) { totalCount pageInfo { hasNextPage endCursor } "
                        + "nodes { kind documentKey by created counts { kind created } document { key } } } }")
                .execute();
        first.path("changes.totalCount").entity(Integer.class).isEqualTo(2);
        first.path("changes.nodes[0].documentKey").entity(String.class).isEqualTo("qd-phuong-a-2022");
        first.path("changes.nodes[0].by").entity(String.class).isEqualTo("editor-1");
        first.path("changes.nodes[0].created").entity(Integer.class).isEqualTo(2);
        first.path("changes.nodes[0].counts[*].kind")
                .entityList(String.class)
                .containsExactly("DOCUMENT", "LINK", "CITED_DOCUMENT", "PLAN_ITEM", "TARGET", "RESULT", "INDICATOR");
        first.path("changes.nodes[0].counts[*].created")
                .entityList(Integer.class)
                .containsExactly(1, 1, 0, 0, 0, 0, 0);
        first.path("changes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        String cursor =
                first.path("changes.pageInfo.endCursor").entity(String.class).get();
        var second = graphQl.document("query($after: String) { changes(first: 5, after: $after) { "
                        + "pageInfo { hasNextPage } nodes { documentKey created document { key } } } }")
                .variable("after", cursor)
                .execute();
        second.path("changes.nodes[*].documentKey").entityList(String.class).containsExactly("12-kh-ubnd-2022");
        second.path("changes.nodes[0].created").entity(Integer.class).isEqualTo(12);
        second.path("changes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void anUpdateThatDropsARowRemovesItWithItsTargetsAndIndicatorAndCountsThem() {
        importAsEditor(ImportDocumentTest.wardPlan());
        var input = ImportDocumentTest.wardPlan();
        input.put("items", List.of(((List<?>) input.get("items")).get(0)));
        var response = importAsEditor(input);
        response.path("importDocument.counts[?(@.removed > 0)].kind")
                .entityList(String.class)
                .containsExactly("PLAN_ITEM", "TARGET", "INDICATOR");
        response.path("importDocument.removed").entity(Integer.class).isEqualTo(3);
        response.path("importDocument.created").entity(Integer.class).isEqualTo(0);
        response.path("importDocument.updated").entity(Integer.class).isEqualTo(0);
        assertThat(client.query("MATCH (n) WHERE n.key STARTS WITH '12-kh-ubnd-2022:2' OR n.key = "
                                + "'item-12-kh-ubnd-2022-2' RETURN count(n)")
                        .fetchAs(Long.class)
                        .one())
                .contains(0L);
    }

    @Test
    void aRemovedDocumentThatOthersCiteStaysAsACitedOnlyDocumentAndTheLastRemovalLeavesTheFixtureAsItWas() {
        var fixture = EditingGraph.dump(client);
        importAsEditor(ImportDocumentTest.wardPlan());
        importAsEditor(wardDecision());

        var removed = remove("12-kh-ubnd-2022");
        removed.path("removeDocument.keptAsCitedOnly").entity(Boolean.class).isEqualTo(true);
        removed.path("removeDocument.counts[*].removed")
                .entityList(Integer.class)
                .containsExactly(0, 3, 1, 2, 3, 1, 1);
        removed.path("removeDocument.change.kind").entity(String.class).isEqualTo("REMOVE");
        graphQl.document("{ document(key: \"12-kh-ubnd-2022\") { number title items { totalCount } "
                        + "basedOn { relation } derivedDocuments { document { key } } } }")
                .execute()
                .path("document.number")
                .entity(String.class)
                .isEqualTo("12/KH-UBND")
                .path("document.items.totalCount")
                .entity(Integer.class)
                .isEqualTo(0)
                .path("document.basedOn")
                .entityList(Object.class)
                .hasSize(0)
                .path("document.derivedDocuments[*].document.key")
                .entityList(String.class)
                .containsExactly("qd-phuong-a-2022");

        remove("qd-phuong-a-2022")
                .path("removeDocument.keptAsCitedOnly")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("removeDocument.counts[*].removed")
                .entityList(Integer.class)
                .containsExactly(1, 1, 1, 0, 0, 0, 0);
        client.query("MATCH (n) WHERE n:Change OR n:ChangeCounter DETACH DELETE n")
                .run();
        assertThat(EditingGraph.dump(client)).isEqualTo(fixture);
    }

    @Test
    void theSeedsDocumentsCannotBeRemovedAndAnUnknownKeyIsNotFound() {
        var errors = new ArrayList<ResponseError>();
        remove("qd-200-2022").errors().satisfy(errors::addAll);
        remove("no-such-document").errors().satisfy(errors::addAll);
        assertThat(errors).extracting(e -> e.getErrorType().toString()).containsExactly("BAD_REQUEST", "NOT_FOUND");
        assertThat(errors)
                .extracting(ResponseError::getMessage)
                .containsExactly(
                        "Document qd-200-2022 comes from the curated seed (graph-seed/); it can only be removed there",
                        "No document with key 'no-such-document'");
    }
}
