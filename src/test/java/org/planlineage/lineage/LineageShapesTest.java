package org.planlineage.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlineage.support.FixtureGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** One test per graph shape, on the narrative fixture (src/test/resources/fixture-seed/README.md). */
@FixtureGraphTest
class LineageShapesTest {

    private static final String LINEAGE = """
            query($from: ID!, $direction: Direction!, $maxDepth: Int, $relations: [Relation!]) {
              lineage(from: $from, direction: $direction, maxDepth: $maxDepth, relations: $relations) {
                truncated
                root { degree node { id } }
                nodes { degree node { id } }
                edges { from relation to provenance { document { key } locator quote } }
                paths { steps { relation node { id } } }
              }
            }
            """;

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void aChainUpFromARowReachesTheConstitutionWithHopCounts() {
        var lineage = lineage("qd-200-2022:1", "UP", null, null);
        assertThat(degrees(lineage))
                .containsExactly(
                        Map.entry("PlanItem:qd-200-2022:1", 0),
                        Map.entry("Document:qd-100-2022", 1),
                        Map.entry("Document:qd-200-2022", 1),
                        Map.entry("Document:01-nq-tu-2022", 2),
                        Map.entry("Document:10-kh-tu-2022", 2),
                        Map.entry("Document:5-ttr-pvh-2022", 2),
                        Map.entry("Document:luat-x-2015", 3),
                        Map.entry("Document:hien-phap-2013", 4));
        assertThat(lineage.get("truncated")).isEqualTo(false);
        assertThat(paths(lineage))
                .contains("PlanItem:qd-200-2022:1 -SET_IN-> Document:qd-200-2022 -LEGAL_BASIS-> Document:qd-100-2022 "
                        + "-IMPLEMENTS-> Document:01-nq-tu-2022 -LEGAL_BASIS-> Document:luat-x-2015 "
                        + "-LEGAL_BASIS-> Document:hien-phap-2013");
    }

    @Test
    void aDiamondHasItsTopOnceWithBothEdgesAndBothPaths() {
        var lineage = lineage("Document:qd-200-2022", "UP", null, List.of("LEGAL_BASIS", "IMPLEMENTS"));
        assertThat(degrees(lineage).keySet())
                .containsExactly(
                        "Document:qd-200-2022",
                        "Document:10-kh-tu-2022",
                        "Document:qd-100-2022",
                        "Document:01-nq-tu-2022",
                        "Document:luat-x-2015",
                        "Document:hien-phap-2013");
        assertThat(edges(lineage))
                .filteredOn(e -> e.endsWith("Document:01-nq-tu-2022"))
                .containsExactly(
                        "Document:10-kh-tu-2022 IMPLEMENTS Document:01-nq-tu-2022",
                        "Document:qd-100-2022 IMPLEMENTS Document:01-nq-tu-2022");
        assertThat(paths(lineage))
                .containsExactly(
                        "Document:qd-200-2022 -LEGAL_BASIS-> Document:10-kh-tu-2022 -IMPLEMENTS-> Document:01-nq-tu-2022 "
                                + "-LEGAL_BASIS-> Document:luat-x-2015 -LEGAL_BASIS-> Document:hien-phap-2013",
                        "Document:qd-200-2022 -LEGAL_BASIS-> Document:qd-100-2022 -IMPLEMENTS-> Document:01-nq-tu-2022 "
                                + "-LEGAL_BASIS-> Document:luat-x-2015 -LEGAL_BASIS-> Document:hien-phap-2013");
    }

    @Test
    void anEdgeStatedTwiceIsOneEdgeWithBothProvenances() {
        var lineage = lineage("Document:qd-100-2022", "UP", 1, null);
        @SuppressWarnings("unchecked")
        var edge = ((List<Map<String, Object>>) lineage.get("edges")).get(0);
        assertThat(edge.get("relation")).isEqualTo("IMPLEMENTS");
        @SuppressWarnings("unchecked")
        var provenance = (List<Map<String, Object>>) edge.get("provenance");
        assertThat(provenance.stream().map(p -> (String) p.get("locator")).toList())
                .containsExactly("Tiêu đề", "Căn cứ, dòng 1 (trích yếu)");
    }

    @Test
    void aCycleEndsWhereItWouldRepeatAndKeepsBothEdges() {
        var lineage = lineage("Document:cv-1-2022", "UP", null, null);
        assertThat(degrees(lineage))
                .containsExactly(Map.entry("Document:cv-1-2022", 0), Map.entry("Document:cv-2-2022", 1));
        assertThat(edges(lineage))
                .containsExactly(
                        "Document:cv-1-2022 LEGAL_BASIS Document:cv-2-2022",
                        "Document:cv-2-2022 LEGAL_BASIS Document:cv-1-2022");
        assertThat(paths(lineage)).containsExactly("Document:cv-1-2022 -LEGAL_BASIS-> Document:cv-2-2022");
        assertThat(lineage.get("truncated")).isEqualTo(false);
    }

    @Test
    void anOrphanIsItsOwnLineageBothWays() {
        for (String direction : List.of("UP", "DOWN")) {
            var lineage = lineage("luat-mo-coi-2020", direction, null, null);
            assertThat(degrees(lineage)).containsExactly(Map.entry("Document:luat-mo-coi-2020", 0));
            assertThat(edges(lineage)).isEmpty();
            assertThat(paths(lineage)).containsExactly("Document:luat-mo-coi-2020");
            assertThat(lineage.get("truncated")).isEqualTo(false);
        }
    }

    @Test
    void aDepthCutSaysTruncatedAndAFullDepthDoesNot() {
        var cut = lineage("qd-200-2022:1", "UP", 2, null);
        assertThat(cut.get("truncated")).isEqualTo(true);
        assertThat(degrees(cut).values()).allMatch(d -> d <= 2);
        assertThat(lineage("qd-200-2022:1", "UP", 4, null).get("truncated")).isEqualTo(false);
    }

    @Test
    void downFromARowFansOutThroughTheGroupToEachWard() {
        var lineage = lineage("PlanItem:qd-200-2022:1", "DOWN", null, null);
        assertThat(degrees(lineage))
                .containsExactly(
                        Map.entry("PlanItem:qd-200-2022:1", 0),
                        Map.entry("Agency:phong-vh", 1),
                        Map.entry("Agency:ubnd-2-phuong", 1),
                        Map.entry("Agency:ubnd-phuong-a", 2),
                        Map.entry("Agency:ubnd-phuong-b", 2));
        assertThat(edges(lineage))
                .containsExactly(
                        "Agency:ubnd-phuong-a MEMBER_OF Agency:ubnd-2-phuong",
                        "Agency:ubnd-phuong-b MEMBER_OF Agency:ubnd-2-phuong",
                        "PlanItem:qd-200-2022:1 COOPERATING Agency:phong-vh",
                        "PlanItem:qd-200-2022:1 LEAD Agency:ubnd-2-phuong");
        assertThat(paths(lineage))
                .containsExactly(
                        "PlanItem:qd-200-2022:1 -COOPERATING-> Agency:phong-vh",
                        "PlanItem:qd-200-2022:1 -LEAD-> Agency:ubnd-2-phuong -MEMBER_OF-> Agency:ubnd-phuong-a",
                        "PlanItem:qd-200-2022:1 -LEAD-> Agency:ubnd-2-phuong -MEMBER_OF-> Agency:ubnd-phuong-b");
    }

    @Test
    void downFromTheResolutionReachesDocumentsRowsAndWards() {
        var lineage = lineage("01-nq-tu-2022", "DOWN", null, null);
        assertThat(degrees(lineage))
                .contains(
                        Map.entry("Document:01-nq-tu-2022", 0),
                        Map.entry("Document:10-kh-tu-2022", 1),
                        Map.entry("Document:qd-100-2022", 1),
                        Map.entry("Document:qd-200-2022", 2),
                        Map.entry("PlanItem:qd-100-2022:1", 2),
                        Map.entry("PlanItem:qd-200-2022:1", 2), // set in qd-200 (3 hops) but based on qd-100 (2 hops)
                        Map.entry("PlanItem:qd-200-2022:2", 3),
                        Map.entry("Agency:phong-cu", 4),
                        Map.entry("Agency:ubnd-phuong-a", 4));
        assertThat(degrees(lineage)).doesNotContainKey("Document:cv-1-2022"); // a mention is not a derivation
    }

    @Test
    void mentionsAreFollowedOnlyWhenAskedFor() {
        var lineage = lineage("Document:qd-200-2022", "UP", null, List.of("CITES", "LEGAL_BASIS"));
        assertThat(degrees(lineage)).containsKeys("Document:cv-1-2022", "Document:cv-2-2022");
    }

    @Test
    void aLineageStartsOnlyAtADocumentOrARow() {
        graphQl.document(LINEAGE)
                .variable("from", "Agency:phong-vh")
                .variable("direction", "UP")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(e.getMessage()).contains("starts at a Document or a PlanItem");
                }));
        graphQl.document(LINEAGE)
                .variable("from", "khong-co")
                .variable("direction", "UP")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("NOT_FOUND")));
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private Map<String, Object> lineage(String from, String direction, Integer maxDepth, List<String> relations) {
        return graphQl.document(LINEAGE)
                .variable("from", from)
                .variable("direction", direction)
                .variable("maxDepth", maxDepth)
                .variable("relations", relations)
                .execute()
                .errors()
                .verify()
                .path("lineage")
                .entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {})
                .get();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> degrees(Map<String, Object> lineage) {
        var result = new java.util.LinkedHashMap<String, Integer>();
        for (var n : (List<Map<String, Object>>) lineage.get("nodes")) {
            result.put((String) ((Map<String, Object>) n.get("node")).get("id"), (Integer) n.get("degree"));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<String> edges(Map<String, Object> lineage) {
        return ((List<Map<String, Object>>) lineage.get("edges"))
                .stream()
                        .map(e -> e.get("from") + " " + e.get("relation") + " " + e.get("to"))
                        .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> paths(Map<String, Object> lineage) {
        return ((List<Map<String, Object>>) lineage.get("paths"))
                .stream()
                        .map(p -> {
                            var out = new StringBuilder();
                            for (var step : (List<Map<String, Object>>) p.get("steps")) {
                                String id = (String) ((Map<String, Object>) step.get("node")).get("id");
                                out.append(
                                        step.get("relation") == null ? id : " -" + step.get("relation") + "-> " + id);
                            }
                            return out.toString();
                        })
                        .toList();
    }
}
