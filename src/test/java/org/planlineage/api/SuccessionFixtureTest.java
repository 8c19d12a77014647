package org.planlineage.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planlineage.support.FixtureGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Who answers on a date, on the narrative fixture's chain of two successions: Phòng Cũ → Phòng Mới (1 July 2025) →
 * Phòng Văn hóa và Thông tin (1 January 2026), and row 2 of 200/QĐ-UBND, led by Phòng Cũ.
 */
@FixtureGraphTest
class SuccessionFixtureTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void currentFollowsTheChainAsFarAsTheDateAllows() {
        assertThat(current("phong-cu", "2025-06-30")).containsExactly("phong-cu");
        assertThat(current("phong-cu", "2025-07-01")).containsExactly("phong-moi");
        assertThat(current("phong-cu", "2025-12-31")).containsExactly("phong-moi");
        assertThat(current("phong-cu", "2026-01-01")).containsExactly("phong-vh");
        // today (in Vietnam) is after both
        assertThat(current("phong-cu", null)).containsExactly("phong-vh");
    }

    @Test
    void theAnswerSaysWhyWithTheChainAndItsProvenance() {
        var answer = graphQl.documentName("answering")
                .variable("key", "phong-cu")
                .variable("asOf", "2026-01-01")
                .execute()
                .errors()
                .verify();
        answer.path("agency.answering.status").entity(String.class).isEqualTo("SUCCEEDED");
        answer.path("agency.answering.asOf").entity(String.class).isEqualTo("2026-01-01");
        answer.path("agency.answering.units[0].agency.key").entity(String.class).isEqualTo("phong-vh");
        answer.path("agency.answering.units[0].chain[*].agency.key")
                .entityList(String.class)
                .containsExactly("phong-moi", "phong-vh");
        answer.path("agency.answering.units[0].chain[*].since")
                .entityList(String.class)
                .containsExactly("2025-07-01", "2026-01-01");
        answer.path("agency.answering.units[0].chain[1].provenance[0].quote")
                .entity(String.class)
                .isEqualTo("Phòng Mới (từ 01/01/2026 là Phòng Văn hóa và Thông tin)");
        answer.path("agency.answering.explanation")
                .entity(String.class)
                .isEqualTo("On 2026-01-01 the duties of Phòng Cũ are answered for by Phòng Văn hóa và Thông tin (its"
                        + " duties passed wholly to Phòng Mới from 2025-07-01 (qd-200-2022, Kế thừa), then its duties"
                        + " passed wholly to Phòng Văn hóa và Thông tin from 2026-01-01 (qd-200-2022, Kế thừa)).");
        var before = graphQl.documentName("answering")
                .variable("key", "phong-cu")
                .variable("asOf", "2025-06-30")
                .execute();
        before.path("agency.answering.status").entity(String.class).isEqualTo("NOT_YET_SUCCEEDED");
        before.path("agency.answering.units[0].chain").entityList(Object.class).hasSize(0);
        var none = graphQl.documentName("answering")
                .variable("key", "ubnd-phuong-a")
                .variable("asOf", "2026-01-01")
                .execute();
        none.path("agency.answering.status").entity(String.class).isEqualTo("NO_SUCCESSOR_STATED");
        none.path("agency.current[*].key").entityList(String.class).containsExactly("ubnd-phuong-a");
    }

    @Test
    void responsibleUnitsOnADateSayWhoAnswersBesideEachUnitAsAssigned() {
        String query = """
                query($asOf: Date) { planItem(key: "qd-200-2022:2") {
                  responsibleUnits(asOf: $asOf) { role agency { key } answering { status units { agency { key } } } }
                } }""";
        var answer = graphQl.document(query).variable("asOf", "2026-01-01").execute();
        answer.path("planItem.responsibleUnits[0].agency.key")
                .entity(String.class)
                .isEqualTo("phong-cu");
        answer.path("planItem.responsibleUnits[0].answering.status")
                .entity(String.class)
                .isEqualTo("SUCCEEDED");
        answer.path("planItem.responsibleUnits[0].answering.units[*].agency.key")
                .entityList(String.class)
                .containsExactly("phong-vh");
        graphQl.document(query)
                .execute()
                .path("planItem.responsibleUnits[0].answering")
                .valueIsNull();
    }

    @Test
    void successorsAndTheDeprecatedSuccessorAgree() {
        graphQl.document("""
                { agency(key: "phong-moi") { successor { agency { key } } successors { agency { key } since share }
                  predecessors { agency { key } since } } }""")
                .execute()
                .path("agency.successor.agency.key")
                .entity(String.class)
                .isEqualTo("phong-vh")
                .path("agency.successors[*].agency.key")
                .entityList(String.class)
                .containsExactly("phong-vh")
                .path("agency.successors[0].share")
                .entity(String.class)
                .isEqualTo("WHOLE")
                .path("agency.predecessors[*].agency.key")
                .entityList(String.class)
                .containsExactly("phong-cu");
    }

    private List<String> current(String key, String asOf) {
        return graphQl.documentName("answering")
                .variable("key", key)
                .variable("asOf", asOf)
                .execute()
                .errors()
                .verify()
                .path("agency.current[*].key")
                .entityList(String.class)
                .get();
    }
}
