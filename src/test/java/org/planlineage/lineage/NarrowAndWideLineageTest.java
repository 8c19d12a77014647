package org.planlineage.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlineage.support.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The lineage reads what the query selects ({@link LineageSelection}): a narrow query (ids only) and a wide one
 * (properties of every kind, fields resolved later in batches, provenance, paths) give the same nodes, hop counts,
 * edges and paths, and the wide one the nodes' real values from the seed. Both ways of reading: the one statement
 * (UP, DOWN) and the walk hop by hop (DOWN through successions on a date).
 */
@SeededGraphTest
class NarrowAndWideLineageTest {

    private static final String NARROW = """
            query($from: ID!, $direction: Direction!, $asOf: Date) {
              lineage(from: $from, direction: $direction, asOf: $asOf) {
                truncated
                root { degree node { id } }
                nodes { degree node { id } }
                edges { from relation to }
                %s
              }
            }""";

    private static final String WIDE = """
            query($from: ID!, $direction: Direction!, $asOf: Date) {
              lineage(from: $from, direction: $direction, asOf: $asOf) {
                truncated
                root { degree node { id ...Wide } }
                nodes { degree node { id ...Wide } }
                edges { from relation to provenance { document { key } locator } }
                %s
              }
            }
            fragment Wide on Node {
              __typename
              ... on Document { key number title issuer { name } }
              ... on PlanItem { key number text document { number } targets { year raw } }
              ... on Agency { key name members { key } }
            }""";

    private static final String NARROW_PATHS = "paths { steps { relation node { id } } }";
    private static final String WIDE_PATHS =
            "paths { steps { relation provenance { locator } node { id ... on Agency { name } } } }";

    private static final List<String> WARDS = SeedLineageTest.WARDS;

    private static final String ROW_12_TEXT = "Tỷ lệ xử lý hồ sơ công việc được xử lý trên môi trường mạng (trừ hồ sơ"
            + " công việc thuộc phạm vi bí mật Nhà nước) tại phường";

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void downFromTheProvincialDecisionAnswersTheSameNodesAndEdgesNarrowOrWide() {
        var narrow = run(NARROW.formatted(""), "742-qd-ubnd-2023", "DOWN", null);
        var wide = run(WIDE.formatted(""), "742-qd-ubnd-2023", "DOWN", null);
        sameLineage(narrow, wide, false);
        assertThat(narrow.answer().degrees()).hasSize(420);
        assertThat(narrow.answer().edges()).hasSize(1488);

        var root = wide.root();
        assertThat(root).containsEntry("__typename", "Document").containsEntry("number", "742/QĐ-UBND");
        assertThat(root.get("issuer")).isEqualTo(Map.of("name", "Ủy ban nhân dân tỉnh Vĩnh Long"));
        var row = wide.node("PlanItem:3100-qd-ubnd-2023:12");
        assertThat(row).containsEntry("number", "12.").containsEntry("text", ROW_12_TEXT);
        assertThat(row.get("document")).isEqualTo(Map.of("number", "3100/QĐ-UBND"));
        assertThat((List<?>) row.get("targets")).first().isEqualTo(Map.of("year", 2023, "raw", "40%"));
        var group = wide.node("Agency:ubnd-11-phuong-tpvl");
        assertThat(group).containsEntry("name", "UBND 11 phường");
        assertThat(memberKeys(group)).containsExactlyInAnyOrderElementsOf(WARDS);

        // the narrow answer holds the ids only
        assertThat(narrow.root()).isEqualTo(Map.of("id", "Document:742-qd-ubnd-2023"));
        assertThat(narrow.node("Agency:ubnd-11-phuong-tpvl")).isEqualTo(Map.of("id", "Agency:ubnd-11-phuong-tpvl"));
    }

    @Test
    void upFromACityRowAnswersTheSamePathsNarrowOrWide() {
        var narrow = run(NARROW.formatted(NARROW_PATHS), "3100-qd-ubnd-2023:12", "UP", null);
        var wide = run(WIDE.formatted(WIDE_PATHS), "3100-qd-ubnd-2023:12", "UP", null);
        sameLineage(narrow, wide, true);
        assertThat(narrow.answer().pathLines())
                .contains("PlanItem:3100-qd-ubnd-2023:12 -LEGAL_BASIS-> Document:742-qd-ubnd-2023 -IMPLEMENTS->"
                        + " Document:07-nq-tu-2022");

        assertThat(wide.root()).containsEntry("__typename", "PlanItem").containsEntry("text", ROW_12_TEXT);
        assertThat(wide.node("Document:742-qd-ubnd-2023")).containsEntry("number", "742/QĐ-UBND");
    }

    @Test
    void downOnADateWalkedHopByHopAnswersTheSameNarrowOrWide() {
        var narrow = run(NARROW.formatted(NARROW_PATHS), "PlanItem:3100-qd-ubnd-2023:12", "DOWN", "2026-01-01");
        var wide = run(WIDE.formatted(WIDE_PATHS), "PlanItem:3100-qd-ubnd-2023:12", "DOWN", "2026-01-01");
        sameLineage(narrow, wide, true);
        assertThat(narrow.answer().edgeLines())
                .contains("Agency:ubnd-phuong-1-tpvl SUCCEEDED_BY Agency:ubnd-phuong-long-chau-2025");

        var group = wide.node("Agency:ubnd-11-phuong-tpvl");
        assertThat(group).containsEntry("name", "UBND 11 phường");
        assertThat(memberKeys(group)).containsExactlyInAnyOrderElementsOf(WARDS);
        assertThat(wide.root().get("document")).isEqualTo(Map.of("number", "3100/QĐ-UBND"));
    }

    /** An answer read two ways: the test views, and each node's fields as the JSON holds them. */
    private record Answer(LineageAnswer answer, Map<String, Object> root, Map<String, Map<String, Object>> byId) {

        Map<String, Object> node(String id) {
            assertThat(byId).containsKey(id);
            return byId.get(id);
        }
    }

    @SuppressWarnings("unchecked")
    private Answer run(String query, String from, String direction, String asOf) {
        var response = graphQl.document(query)
                .variable("from", from)
                .variable("direction", direction)
                .variable("asOf", asOf)
                .execute();
        response.errors().verify();
        var byId = new LinkedHashMap<String, Map<String, Object>>();
        response.path("lineage.nodes[*].node")
                .entityList(Map.class)
                .get()
                .forEach(node -> byId.put((String) node.get("id"), (Map<String, Object>) node));
        Map<String, Object> root =
                response.path("lineage.root.node").entity(Map.class).get();
        return new Answer(response.path("lineage").entity(LineageAnswer.class).get(), root, byId);
    }

    private static List<String> memberKeys(Map<String, Object> agency) {
        return ((List<?>) agency.get("members"))
                .stream().map(m -> (String) ((Map<?, ?>) m).get("key")).toList();
    }

    /** The same truncation, root, nodes with their hop counts in order, edges, and (when listed) paths. */
    private static void sameLineage(Answer narrow, Answer wide, boolean withPaths) {
        assertThat(wide.answer().truncated()).isEqualTo(narrow.answer().truncated());
        assertThat(wide.answer().root()).isEqualTo(narrow.answer().root());
        assertThat(wide.answer().degrees())
                .containsExactlyEntriesOf(narrow.answer().degrees());
        assertThat(wide.answer().edgeLines())
                .containsExactlyElementsOf(narrow.answer().edgeLines());
        if (withPaths) {
            assertThat(narrow.answer().pathLines()).isNotEmpty();
            assertThat(wide.answer().pathLines())
                    .containsExactlyElementsOf(narrow.answer().pathLines());
        }
    }
}
