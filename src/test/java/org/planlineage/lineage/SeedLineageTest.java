package org.planlineage.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planlineage.support.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The auditor's two questions on the real seed, answered exactly. */
@SeededGraphTest
class SeedLineageTest {

    /** The 11 wards of "UBND 11 phường" in the seed (also used by NarrowAndWideLineageTest). */
    static final List<String> WARDS = List.of(
            "ubnd-phuong-1-tpvl",
            "ubnd-phuong-2-tpvl",
            "ubnd-phuong-3-tpvl",
            "ubnd-phuong-4-tpvl",
            "ubnd-phuong-5-tpvl",
            "ubnd-phuong-8-tpvl",
            "ubnd-phuong-9-tpvl",
            "ubnd-phuong-tan-ngai-tpvl",
            "ubnd-phuong-tan-hoa-tpvl",
            "ubnd-phuong-tan-hoi-tpvl",
            "ubnd-phuong-truong-an-tpvl");

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void upFromACityRowReachesTheDecisionTheProvincialPlanThePartyPlanAndTheResolution() {
        var degrees = lineage("3100-qd-ubnd-2023:12", "UP").degrees();
        assertThat(degrees)
                .containsEntry("PlanItem:3100-qd-ubnd-2023:12", 0)
                .containsEntry("Document:3100-qd-ubnd-2023", 1)
                .containsEntry("Document:742-qd-ubnd-2023", 1) // the row's own legal-basis column
                .containsEntry("Document:147-kh-tu-2023", 1)
                .containsEntry("Document:07-nq-tu-2022", 2);
    }

    @Test
    void downFromTheProvincialDecisionReachesItsDerivedPlansTheirRowsAndEveryWard() {
        var lineage = lineage("742-qd-ubnd-2023", "DOWN");
        assertThat(lineage.truncated()).isFalse();
        var degrees = lineage.degrees();
        assertThat(degrees)
                .containsEntry("Document:742-qd-ubnd-2023", 0)
                .containsEntry("Document:3100-qd-ubnd-2023", 1)
                .containsEntry("Document:206-qd-ubnd-2024", 1)
                .containsEntry("Document:kh-vpubnd-2025-cds-2026", 1)
                .containsEntry("PlanItem:3100-qd-ubnd-2023:12", 1) // based on 742 by its own column
                .containsEntry("PlanItem:206-qd-ubnd-2024:13", 2)
                .containsEntry("Agency:ubnd-11-phuong-tpvl", 2);
        for (String ward : WARDS) {
            assertThat(degrees).containsEntry("Agency:" + ward, 3);
        }
        var edges = lineage.edgeLines();
        assertThat(edges).contains("PlanItem:3100-qd-ubnd-2023:12 LEAD Agency:ubnd-11-phuong-tpvl");
        for (String ward : WARDS) {
            assertThat(edges).contains("Agency:" + ward + " MEMBER_OF Agency:ubnd-11-phuong-tpvl");
        }
        // the 2024 results report cited in a notes column is a mention, not a derivation
        assertThat(degrees).doesNotContainKey("Document:27-bc-stttt-2025");
    }

    @Test
    void theRowsResponsibleUnitsAreTheElevenWardsThroughTheGroupAndTheCityOffice() {
        var units = graphQl.document("""
                { planItem(key: "3100-qd-ubnd-2023:12") {
                    responsibleUnits { role agency { key } via { key } } } }""")
                .execute()
                .path("planItem.responsibleUnits[?(@.role == 'LEAD')].agency.key")
                .entityList(String.class)
                .get();
        assertThat(units).containsExactlyInAnyOrderElementsOf(WARDS);
        graphQl.document("""
                { planItem(key: "3100-qd-ubnd-2023:12") { cooperating { key } leadRaw cooperatingRaw } }""")
                .execute()
                .path("planItem.leadRaw")
                .entity(String.class)
                .isEqualTo("UBND 11 phường")
                // 000 lines 1121-1124 cut the word: "HĐND&UBN" / "D TPVL"; rejoined (graph-seed/README.md, rule 1)
                .path("planItem.cooperatingRaw")
                .entity(String.class)
                .isEqualTo("Văn phòng HĐND&UBND TPVL")
                .path("planItem.cooperating[*].key")
                .entityList(String.class)
                .containsExactly("van-phong-hdnd-ubnd-tpvl");
    }

    private LineageAnswer lineage(String from, String direction) {
        return graphQl.documentName("lineageWithoutPaths")
                .variable("from", from)
                .variable("direction", direction)
                .execute()
                .errors()
                .verify()
                .path("lineage")
                .entity(LineageAnswer.class)
                .get();
    }
}
