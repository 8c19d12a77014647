package org.planlineage.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlineage.support.FixtureGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * A page of rows expands a group one level, as a row asked for alone does, also when a member of the group is itself
 * a group: the member group answers for itself, through the outer group, and its own members are not reached. The
 * fixture has no group inside a group, so the test adds one membership ("UBND 2 phường" in "UBND cấp xã") for its
 * own run and removes it afterwards.
 */
@FixtureGraphTest
class RowPageGroupsTest {

    private static final String ROWS = """
            query($expand: Boolean) { document(key: "qd-300-2023") { items(first: 10) { nodes {
              key lead { key } responsibleUnits(expandGroups: $expand) { role agency { key } via { key } } } } } }""";

    private static final String ALONE = """
            query($expand: Boolean) { planItem(key: "qd-300-2023:2") {
              key lead { key } responsibleUnits(expandGroups: $expand) { role agency { key } via { key } } } }""";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    Neo4jClient client;

    @Test
    void aGroupInsideAGroupAnswersForItselfThroughTheOuterGroup() {
        client.query("""
                        MATCH (inner:Agency {key: 'ubnd-2-phuong'}), (outer:Agency {key: 'ubnd-cap-xa'})
                        CREATE (inner)-[:MEMBER_OF {test: 'RowPageGroupsTest'}]->(outer)""").run();
        try {
            // row 2 of 300/QĐ-UBND is led by "UBND cấp xã": its members by name, "UBND 2 phường" first
            Map<String, Object> row = rows(true).get(1);
            assertThat(row.get("key")).isEqualTo("qd-300-2023:2");
            assertThat(lines(row))
                    .containsExactly(
                            "LEAD ubnd-2-phuong via ubnd-cap-xa",
                            "LEAD ubnd-phuong-a via ubnd-cap-xa",
                            "LEAD ubnd-phuong-b via ubnd-cap-xa");
            assertThat(row).isEqualTo(alone(true));
            Map<String, Object> unexpanded = rows(false).get(1);
            assertThat(lines(unexpanded)).containsExactly("LEAD ubnd-cap-xa");
            assertThat(unexpanded).isEqualTo(alone(false));
        } finally {
            client.query("MATCH ()-[r:MEMBER_OF {test: 'RowPageGroupsTest'}]->() DELETE r")
                    .run();
        }
    }

    @Test
    void withoutTheInnerGroupTheRowAnswersTheOuterGroupsTwoWards() {
        assertThat(lines(rows(true).get(1)))
                .containsExactly("LEAD ubnd-phuong-a via ubnd-cap-xa", "LEAD ubnd-phuong-b via ubnd-cap-xa");
    }

    private List<Map<String, Object>> rows(boolean expand) {
        return graphQl.document(ROWS)
                .variable("expand", expand)
                .execute()
                .errors()
                .verify()
                .path("document.items.nodes")
                .entityList(new ParameterizedTypeReference<Map<String, Object>>() {})
                .get();
    }

    private Map<String, Object> alone(boolean expand) {
        return graphQl.document(ALONE)
                .variable("expand", expand)
                .execute()
                .errors()
                .verify()
                .path("planItem")
                .entity(new ParameterizedTypeReference<Map<String, Object>>() {})
                .get();
    }

    @SuppressWarnings("unchecked")
    private static List<String> lines(Map<String, Object> row) {
        return ((List<Map<String, Object>>) row.get("responsibleUnits"))
                .stream()
                        .map(u -> u.get("role") + " " + ((Map<String, Object>) u.get("agency")).get("key")
                                + (u.get("via") == null
                                        ? ""
                                        : " via " + ((Map<String, Object>) u.get("via")).get("key")))
                        .toList();
    }
}
