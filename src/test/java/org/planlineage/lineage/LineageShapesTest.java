package org.planlineage.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlineage.support.FixtureGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * One test per graph shape, through the API on the narrative fixture (src/test/resources/fixture-seed/README.md).
 * The walk and the paths are also tested without a database: LineageWalkTest, LineagePathsTest.
 */
@FixtureGraphTest
class LineageShapesTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void aChainUpFromARowReachesTheConstitutionWithHopCounts() {
        var lineage = lineage("qd-200-2022:1", "UP", null, null);
        assertThat(lineage.degrees())
                .containsExactly(
                        Map.entry("PlanItem:qd-200-2022:1", 0),
                        Map.entry("Document:qd-100-2022", 1),
                        Map.entry("Document:qd-200-2022", 1),
                        Map.entry("Document:01-nq-tu-2022", 2),
                        Map.entry("Document:10-kh-tu-2022", 2),
                        Map.entry("Document:5-ttr-pvh-2022", 2),
                        Map.entry("Document:luat-x-2015", 3),
                        Map.entry("Document:hien-phap-2013", 4));
        assertThat(lineage.truncated()).isFalse();
        assertThat(lineage.pathLines())
                .contains("PlanItem:qd-200-2022:1 -SET_IN-> Document:qd-200-2022 -LEGAL_BASIS-> Document:qd-100-2022 "
                        + "-IMPLEMENTS-> Document:01-nq-tu-2022 -LEGAL_BASIS-> Document:luat-x-2015 "
                        + "-LEGAL_BASIS-> Document:hien-phap-2013");
    }

    @Test
    void aDiamondHasItsTopOnceWithBothEdgesAndBothPaths() {
        var lineage = lineage("Document:qd-200-2022", "UP", null, List.of("LEGAL_BASIS", "IMPLEMENTS"));
        assertThat(lineage.degrees().keySet())
                .containsExactly(
                        "Document:qd-200-2022",
                        "Document:10-kh-tu-2022",
                        "Document:qd-100-2022",
                        "Document:01-nq-tu-2022",
                        "Document:luat-x-2015",
                        "Document:hien-phap-2013");
        assertThat(lineage.edgeLines())
                .filteredOn(e -> e.endsWith("Document:01-nq-tu-2022"))
                .containsExactly(
                        "Document:10-kh-tu-2022 IMPLEMENTS Document:01-nq-tu-2022",
                        "Document:qd-100-2022 IMPLEMENTS Document:01-nq-tu-2022");
        assertThat(lineage.pathLines())
                .containsExactly(
                        "Document:qd-200-2022 -LEGAL_BASIS-> Document:10-kh-tu-2022 -IMPLEMENTS-> Document:01-nq-tu-2022 "
                                + "-LEGAL_BASIS-> Document:luat-x-2015 -LEGAL_BASIS-> Document:hien-phap-2013",
                        "Document:qd-200-2022 -LEGAL_BASIS-> Document:qd-100-2022 -IMPLEMENTS-> Document:01-nq-tu-2022 "
                                + "-LEGAL_BASIS-> Document:luat-x-2015 -LEGAL_BASIS-> Document:hien-phap-2013");
    }

    @Test
    void anEdgeStatedTwiceIsOneEdgeWithBothProvenances() {
        var edge = lineage("Document:qd-100-2022", "UP", 1, null).edges().get(0);
        assertThat(edge.relation()).isEqualTo("IMPLEMENTS");
        assertThat(edge.provenance().stream().map(LineageAnswer.Provenance::locator))
                .containsExactly("Tiêu đề", "Căn cứ, dòng 1 (trích yếu)");
    }

    @Test
    void aCycleEndsWhereItWouldRepeatAndKeepsBothEdges() {
        var lineage = lineage("Document:cv-1-2022", "UP", null, null);
        assertThat(lineage.degrees())
                .containsExactly(Map.entry("Document:cv-1-2022", 0), Map.entry("Document:cv-2-2022", 1));
        assertThat(lineage.edgeLines())
                .containsExactly(
                        "Document:cv-1-2022 LEGAL_BASIS Document:cv-2-2022",
                        "Document:cv-2-2022 LEGAL_BASIS Document:cv-1-2022");
        assertThat(lineage.pathLines()).containsExactly("Document:cv-1-2022 -LEGAL_BASIS-> Document:cv-2-2022");
        assertThat(lineage.truncated()).isFalse();
    }

    @Test
    void anOrphanIsItsOwnLineageBothWays() {
        for (String direction : List.of("UP", "DOWN")) {
            var lineage = lineage("luat-mo-coi-2020", direction, null, null);
            assertThat(lineage.degrees()).containsExactly(Map.entry("Document:luat-mo-coi-2020", 0));
            assertThat(lineage.edges()).isEmpty();
            assertThat(lineage.pathLines()).containsExactly("Document:luat-mo-coi-2020");
            assertThat(lineage.truncated()).isFalse();
        }
    }

    @Test
    void aDepthCutSaysTruncatedAndAFullDepthDoesNot() {
        var cut = lineage("qd-200-2022:1", "UP", 2, null);
        assertThat(cut.truncated()).isTrue();
        assertThat(cut.degrees().values()).allMatch(d -> d <= 2);
        assertThat(lineage("qd-200-2022:1", "UP", 4, null).truncated()).isFalse();
    }

    @Test
    void downFromARowFansOutThroughTheGroupToEachWard() {
        var lineage = lineage("PlanItem:qd-200-2022:1", "DOWN", null, null);
        assertThat(lineage.degrees())
                .containsExactly(
                        Map.entry("PlanItem:qd-200-2022:1", 0),
                        Map.entry("Agency:phong-vh", 1),
                        Map.entry("Agency:ubnd-2-phuong", 1),
                        Map.entry("Agency:ubnd-phuong-a", 2),
                        Map.entry("Agency:ubnd-phuong-b", 2));
        assertThat(lineage.edgeLines())
                .containsExactly(
                        "Agency:ubnd-phuong-a MEMBER_OF Agency:ubnd-2-phuong",
                        "Agency:ubnd-phuong-b MEMBER_OF Agency:ubnd-2-phuong",
                        "PlanItem:qd-200-2022:1 COOPERATING Agency:phong-vh",
                        "PlanItem:qd-200-2022:1 LEAD Agency:ubnd-2-phuong");
        assertThat(lineage.pathLines())
                .containsExactly(
                        "PlanItem:qd-200-2022:1 -COOPERATING-> Agency:phong-vh",
                        "PlanItem:qd-200-2022:1 -LEAD-> Agency:ubnd-2-phuong -MEMBER_OF-> Agency:ubnd-phuong-a",
                        "PlanItem:qd-200-2022:1 -LEAD-> Agency:ubnd-2-phuong -MEMBER_OF-> Agency:ubnd-phuong-b");
    }

    @Test
    void aCycleDownEndsWhereItWouldRepeatAndKeepsBothEdges() {
        // the documents' layer DOWN is a pruning breadth-first expansion in the database: each document once
        var lineage = lineage("Document:cv-1-2022", "DOWN", null, null);
        assertThat(lineage.degrees())
                .containsExactly(Map.entry("Document:cv-1-2022", 0), Map.entry("Document:cv-2-2022", 1));
        assertThat(lineage.edgeLines())
                .containsExactly(
                        "Document:cv-1-2022 LEGAL_BASIS Document:cv-2-2022",
                        "Document:cv-2-2022 LEGAL_BASIS Document:cv-1-2022");
        assertThat(lineage.truncated()).isFalse();
    }

    @Test
    void downWithoutMembershipStopsAtTheGroup() {
        // the members' layer follows MEMBER_OF only when it is asked for
        var lineage = lineage("PlanItem:qd-200-2022:1", "DOWN", null, List.of("LEAD", "COOPERATING"));
        assertThat(lineage.degrees())
                .containsExactly(
                        Map.entry("PlanItem:qd-200-2022:1", 0),
                        Map.entry("Agency:phong-vh", 1),
                        Map.entry("Agency:ubnd-2-phuong", 1));
        assertThat(lineage.truncated()).isFalse();
    }

    @Test
    void downFromTheResolutionReachesDocumentsRowsAndWards() {
        var lineage = lineage("01-nq-tu-2022", "DOWN", null, null);
        assertThat(lineage.degrees())
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
        assertThat(lineage.degrees()).doesNotContainKey("Document:cv-1-2022"); // a mention is not a derivation
    }

    @Test
    void upNeverStepsIntoAUnitEvenWhenTheUnitsRelationsAreAskedFor() {
        // the row has a lead group (MEMBER_OF its wards) and a cooperating office: UP goes to documents only, and
        // the walk in the database (a pruning breadth-first expansion) must not reach past a unit either
        var withUnits = lineage(
                "qd-200-2022:1", "UP", null, List.of("SET_IN", "LEGAL_BASIS", "LEAD", "COOPERATING", "MEMBER_OF"));
        var documentsOnly = lineage("qd-200-2022:1", "UP", null, List.of("SET_IN", "LEGAL_BASIS"));
        assertThat(withUnits.degrees()).isEqualTo(documentsOnly.degrees());
        assertThat(withUnits.degrees())
                .containsExactly(
                        Map.entry("PlanItem:qd-200-2022:1", 0),
                        Map.entry("Document:qd-100-2022", 1),
                        Map.entry("Document:qd-200-2022", 1),
                        Map.entry("Document:10-kh-tu-2022", 2));
        assertThat(withUnits.edgeLines()).isEqualTo(documentsOnly.edgeLines());
    }

    @Test
    void mentionsAreFollowedOnlyWhenAskedFor() {
        var lineage = lineage("Document:qd-200-2022", "UP", null, List.of("CITES", "LEGAL_BASIS"));
        assertThat(lineage.degrees()).containsKeys("Document:cv-1-2022", "Document:cv-2-2022");
    }

    @Test
    void aLineageStartsOnlyAtADocumentOrARow() {
        graphQl.documentName("lineage")
                .variable("from", "Agency:phong-vh")
                .variable("direction", "UP")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(e.getMessage())
                            .isEqualTo("A lineage starts at a Document or a PlanItem; 'Agency:phong-vh' is an Agency");
                }));
        graphQl.documentName("lineage")
                .variable("from", "khong-co")
                .variable("direction", "UP")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType().toString()).isEqualTo("NOT_FOUND");
                    assertThat(e.getMessage()).isEqualTo("No document or plan item with id or key 'khong-co'");
                }));
    }

    @Test
    void downOnADateFollowsASupersededUnitToTheUnitsThatAnswerThen() {
        // Phòng Cũ's duties passed to Phòng Mới on 1 July 2025, and Phòng Mới's to the culture division on 1 January
        // 2026
        assertThat(lineage("qd-200-2022:2", "DOWN", null, null, "2025-06-30").pathLines())
                .containsExactly("PlanItem:qd-200-2022:2 -LEAD-> Agency:phong-cu");
        assertThat(lineage("qd-200-2022:2", "DOWN", null, null, "2025-08-01").pathLines())
                .containsExactly("PlanItem:qd-200-2022:2 -LEAD-> Agency:phong-cu -SUCCEEDED_BY-> Agency:phong-moi");
        var later = lineage("qd-200-2022:2", "DOWN", null, null, "2026-01-01");
        assertThat(later.pathLines())
                .containsExactly("PlanItem:qd-200-2022:2 -LEAD-> Agency:phong-cu -SUCCEEDED_BY-> Agency:phong-moi"
                        + " -SUCCEEDED_BY-> Agency:phong-vh");
        assertThat(later.edges())
                .filteredOn(e -> e.relation().equals("SUCCEEDED_BY"))
                .extracting(e ->
                        e.from() + " " + e.to() + " " + e.provenance().get(0).quote())
                .containsExactly(
                        "Agency:phong-cu Agency:phong-moi Phòng Cũ (nay là Phòng Mới)",
                        "Agency:phong-moi Agency:phong-vh Phòng Mới (từ 01/01/2026 là Phòng Văn hóa và Thông tin)");
        // without a date, successions are not followed
        assertThat(lineage("qd-200-2022:2", "DOWN", null, null).pathLines())
                .containsExactly("PlanItem:qd-200-2022:2 -LEAD-> Agency:phong-cu");
    }

    @Test
    void aDateOnALineageUpIsABadRequest() {
        graphQl.documentName("lineage")
                .variable("from", "qd-200-2022:2")
                .variable("direction", "UP")
                .variable("asOf", "2026-01-01")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(e.getMessage())
                            .isEqualTo("'asOf' applies to direction DOWN (who answers on a date); a lineage UP"
                                    + " follows documents only: leave asOf out");
                }));
    }

    private LineageAnswer lineage(String from, String direction, Integer maxDepth, List<String> relations) {
        return lineage(from, direction, maxDepth, relations, null);
    }

    private LineageAnswer lineage(
            String from, String direction, Integer maxDepth, List<String> relations, String asOf) {
        return graphQl.documentName("lineage")
                .variable("from", from)
                .variable("direction", direction)
                .variable("maxDepth", maxDepth)
                .variable("relations", relations)
                .variable("asOf", asOf)
                .execute()
                .errors()
                .verify()
                .path("lineage")
                .entity(LineageAnswer.class)
                .get();
    }
}
