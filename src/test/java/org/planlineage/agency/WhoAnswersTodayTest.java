package org.planlineage.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlineage.support.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Who answers today, on the real seed: the eleven wards of city row 12 (3100/QĐ-UBND) before and after the
 * governments of 1687/NQ-UBTVQH15 started (Article 2.2, line 497: 1 July 2025), the partial successions, a unit with
 * no successor stated, a succession without a date, and search by the old and the new names. The expected successors
 * are those of Article 1's clauses 102-106 (lines 407-425), read by hand.
 */
@SeededGraphTest
class WhoAnswersTodayTest {

    private static final String ROW_12 = """
            query($asOf: Date) { planItem(key: "3100-qd-ubnd-2023:12") {
              responsibleUnits(asOf: $asOf) {
                role agency { key } via { key }
                answering { asOf status truncated units { agency { key } chain { agency { key } since share
                  provenance { locator lines } } } }
              }
            } }""";

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void on1January2026TheElevenWardsOfRow12AreAnsweredForByTheWardsTheirClausesForm() {
        // "unit as assigned: status: units answering [clause of each step]"
        assertThat(row12("2026-01-01"))
                .containsExactly(
                        "LEAD ubnd-phuong-1-tpvl: SUCCEEDED: ubnd-phuong-long-chau-2025 [Điều 1, khoản 103]",
                        "LEAD ubnd-phuong-2-tpvl: NO_SUCCESSOR_STATED: ubnd-phuong-2-tpvl []",
                        "LEAD ubnd-phuong-3-tpvl: SUCCEEDED: ubnd-phuong-phuoc-hau-2025 [Điều 1, khoản 104]",
                        "LEAD ubnd-phuong-4-tpvl: SUCCEEDED: ubnd-phuong-phuoc-hau-2025 [Điều 1, khoản 104]",
                        "LEAD ubnd-phuong-5-tpvl: SUCCEEDED: ubnd-phuong-thanh-duc-2025 [Điều 1, khoản 102]",
                        "LEAD ubnd-phuong-8-tpvl: SUCCEEDED: ubnd-phuong-tan-hanh-2025 [Điều 1, khoản 105]",
                        "LEAD ubnd-phuong-9-tpvl: SUCCEEDED: ubnd-phuong-long-chau-2025 [Điều 1, khoản 103]",
                        "LEAD ubnd-phuong-truong-an-tpvl: SUCCEEDED: ubnd-phuong-long-chau-2025 [Điều 1, khoản 103]",
                        "LEAD ubnd-phuong-tan-hoa-tpvl: SUCCEEDED: ubnd-phuong-tan-ngai-2025 [Điều 1, khoản 106]",
                        "LEAD ubnd-phuong-tan-hoi-tpvl: SUCCEEDED: ubnd-phuong-tan-ngai-2025 [Điều 1, khoản 106]",
                        "LEAD ubnd-phuong-tan-ngai-tpvl: SUCCEEDED: ubnd-phuong-tan-ngai-2025 [Điều 1, khoản 106]",
                        "COOPERATING van-phong-hdnd-ubnd-tpvl: NO_SUCCESSOR_STATED: van-phong-hdnd-ubnd-tpvl []");
        var answer = graphQl.document(ROW_12).variable("asOf", "2026-01-01").execute();
        answer.path("planItem.responsibleUnits[0].via.key").entity(String.class).isEqualTo("ubnd-11-phuong-tpvl");
        answer.path("planItem.responsibleUnits[0].answering.asOf")
                .entity(String.class)
                .isEqualTo("2026-01-01");
        answer.path("planItem.responsibleUnits[0].answering.units[0].chain[0].since")
                .entity(String.class)
                .isEqualTo("2025-07-01");
        answer.path("planItem.responsibleUnits[0].answering.units[0].chain[0].share")
                .entity(String.class)
                .isEqualTo("WHOLE");
        answer.path("planItem.responsibleUnits[0].answering.units[0].chain[0].provenance[*].lines")
                .entityList(String.class)
                .containsExactly("411-413", "492", "497");
    }

    @Test
    void onThe30thOfJune2025TheFormerWardsStillAnswer() {
        assertThat(row12("2025-06-30"))
                .containsExactly(
                        "LEAD ubnd-phuong-1-tpvl: NOT_YET_SUCCEEDED: ubnd-phuong-1-tpvl []",
                        "LEAD ubnd-phuong-2-tpvl: NO_SUCCESSOR_STATED: ubnd-phuong-2-tpvl []",
                        "LEAD ubnd-phuong-3-tpvl: NOT_YET_SUCCEEDED: ubnd-phuong-3-tpvl []",
                        "LEAD ubnd-phuong-4-tpvl: NOT_YET_SUCCEEDED: ubnd-phuong-4-tpvl []",
                        "LEAD ubnd-phuong-5-tpvl: NOT_YET_SUCCEEDED: ubnd-phuong-5-tpvl []",
                        "LEAD ubnd-phuong-8-tpvl: NOT_YET_SUCCEEDED: ubnd-phuong-8-tpvl []",
                        "LEAD ubnd-phuong-9-tpvl: NOT_YET_SUCCEEDED: ubnd-phuong-9-tpvl []",
                        "LEAD ubnd-phuong-truong-an-tpvl: NOT_YET_SUCCEEDED: ubnd-phuong-truong-an-tpvl []",
                        "LEAD ubnd-phuong-tan-hoa-tpvl: NOT_YET_SUCCEEDED: ubnd-phuong-tan-hoa-tpvl []",
                        "LEAD ubnd-phuong-tan-hoi-tpvl: NOT_YET_SUCCEEDED: ubnd-phuong-tan-hoi-tpvl []",
                        "LEAD ubnd-phuong-tan-ngai-tpvl: NOT_YET_SUCCEEDED: ubnd-phuong-tan-ngai-tpvl []",
                        "COOPERATING van-phong-hdnd-ubnd-tpvl: NO_SUCCESSOR_STATED: van-phong-hdnd-ubnd-tpvl []");
        // the 1st of July is the first day of the new wards (Article 2.2: "chính thức hoạt động từ ngày 01 tháng 7")
        assertThat(row12("2025-07-01"))
                .contains("LEAD ubnd-phuong-5-tpvl: SUCCEEDED: ubnd-phuong-thanh-duc-2025" + " [Điều 1, khoản 102]");
        // asked without a date, nothing is said of who answers
        graphQl.document(ROW_12)
                .execute()
                .path("planItem.responsibleUnits[*].answering")
                .entityList(Object.class)
                .satisfies(list -> assertThat(list).hasSize(12).containsOnlyNulls());
    }

    @Test
    void aUnitPassedInPartsIsAnsweredForByBothOfItsSuccessors() {
        // clause 16 (line 95): "một phần diện tích tự nhiên, quy mô dân số của thị trấn Trà Ôn" to xã Trà Ôn;
        // clause 22 (line 118): "phần còn lại của thị trấn Trà Ôn" to xã Ngãi Tứ
        assertThat(current("ubnd-thi-tran-tra-on-1687-k16", "2026-01-01"))
                .containsExactly("ubnd-xa-ngai-tu-2025", "ubnd-xa-tra-on-2025"); // by key
        graphQl.document("""
                { agency(key: "ubnd-thi-tran-tra-on-1687-k16") {
                    successors { agency { key } since decidedOn share provenance { locator lines } }
                    successor { agency { key } } } }""")
                .execute()
                .errors()
                .verify()
                .path("agency.successors[*].agency.key")
                .entityList(String.class)
                .containsExactly("ubnd-xa-ngai-tu-2025", "ubnd-xa-tra-on-2025")
                .path("agency.successors[*].share")
                .entityList(String.class)
                .containsExactly("PARTIAL", "PARTIAL")
                .path("agency.successors[*].since")
                .entityList(String.class)
                .containsExactly("2025-07-01", "2025-07-01")
                .path("agency.successors[*].decidedOn")
                .entityList(String.class)
                .containsExactly("2025-06-16", "2025-06-16")
                .path("agency.successors[*].provenance[0].locator")
                .entityList(String.class)
                .containsExactly("Điều 1, khoản 22", "Điều 1, khoản 16")
                // the deprecated field is the first of successors
                .path("agency.successor.agency.key")
                .entity(String.class)
                .isEqualTo("ubnd-xa-ngai-tu-2025");
        // and the rest of xã Ngãi Tứ after clause 22 went to phường Cái Vồn (clause 108, line 432)
        assertThat(current("ubnd-xa-ngai-tu-1687-k22", "2026-01-01"))
                .containsExactly("ubnd-phuong-cai-von-2025", "ubnd-xa-ngai-tu-2025");
    }

    @Test
    void aNewWardListsItsPredecessorsWithTheClauseAndBothDates() {
        var answer = graphQl.document("""
                { agency(key: "ubnd-phuong-long-chau-2025") { name level unitKind successors { agency { key } }
                    predecessors { agency { key } since decidedOn share doubt provenance { locator quote } } } }""").execute().errors().verify();
        answer.path("agency.name").entity(String.class).isEqualTo("UBND phường Long Châu");
        answer.path("agency.level").entity(String.class).isEqualTo("COMMUNE");
        answer.path("agency.unitKind").entity(String.class).isEqualTo("WARD");
        answer.path("agency.successors").entityList(Object.class).hasSize(0);
        answer.path("agency.predecessors[*].agency.key")
                .entityList(String.class)
                .containsExactly("ubnd-phuong-1-tpvl", "ubnd-phuong-9-tpvl", "ubnd-phuong-truong-an-tpvl");
        answer.path("agency.predecessors[2].doubt")
                .entity(String.class)
                .satisfies(d -> assertThat(d).startsWith("Not placed by the text;"));
        answer.path("agency.predecessors[0].provenance[*].locator")
                .entityList(String.class)
                .containsExactly("Điều 1, khoản 103", "Điều 2, khoản 1", "Điều 2, khoản 2");
        answer.path("agency.predecessors[0].provenance[2].quote")
                .entity(String.class)
                .isEqualTo("chính thức hoạt động từ ngày 01 tháng 7 năm 2025");
    }

    @Test
    void aUnitWithoutAStatedSuccessorAnswersAsAssignedAndTheAnswerSaysSo() {
        // the district level was abolished in 2025, but no source names a successor for its divisions
        var answer = answering("ubnd-huyen-mang-thit", "2026-01-01");
        answer.path("agency.answering.status").entity(String.class).isEqualTo("NO_SUCCESSOR_STATED");
        answer.path("agency.current[*].key").entityList(String.class).containsExactly("ubnd-huyen-mang-thit");
        answer.path("agency.answering.explanation")
                .entity(String.class)
                .isEqualTo("No source states a successor of UBND huyện Mang Thít, so it is listed as assigned;"
                        + " whether it still exists on 2026-01-01 the sources do not say.");
    }

    @Test
    void aSuccessionWithoutADateListsBothUnits() {
        // "Sở Thông tin và Truyền thông (nay là Sở Khoa học và Công nghệ)" (001 lines 455-457): no date
        var answer = answering("so-thong-tin-va-truyen-thong", "2026-01-01");
        answer.path("agency.answering.status").entity(String.class).isEqualTo("SUCCESSION_DATE_UNKNOWN");
        answer.path("agency.current[*].key")
                .entityList(String.class)
                .containsExactly("so-thong-tin-va-truyen-thong", "so-khoa-hoc-va-cong-nghe");
        answer.path("agency.answering.units[1].chain[0].since").valueIsNull();
    }

    @Test
    void searchFindsTheNewWardByItsNameAndTheOldWardsPointingToIt() {
        var hits = search("Long Châu");
        assertThat(hits)
                .containsEntry(
                        "ubnd-phuong-long-chau-2025",
                        "UBND phường «Long» «Châu» | phường «Long» «Châu» | trước là UBND Phường 1, UBND Phường 9,"
                                + " UBND Phường Trường An")
                .containsKeys("ubnd-phuong-1-tpvl", "ubnd-phuong-9-tpvl", "ubnd-phuong-truong-an-tpvl");
        assertThat(hits.get("ubnd-phuong-9-tpvl")).isEqualTo("UBND Phường 9 | nay là UBND phường «Long» «Châu»");
    }

    @Test
    void searchFindsAnOldWardByItsOldNameAndItPointsToTheNewWard() {
        var hits = search("Trường An");
        assertThat(hits.get("ubnd-phuong-truong-an-tpvl")).endsWith("nay là UBND phường Long Châu");
        // found by what it was: its name, then the part of its note that matched, from "trước là"
        assertThat(hits.get("ubnd-phuong-long-chau-2025"))
                .isEqualTo("UBND phường Long Châu | trước là UBND Phường 1, UBND Phường 9, UBND Phường «Trường» «An»");
        // and the list of agencies filters by both names too
        graphQl.document("{ agencies(search: \"truong an\") { nodes { key } } }")
                .execute()
                .path("agencies.nodes[*].key")
                .entityList(String.class)
                .contains("ubnd-phuong-truong-an-tpvl", "ubnd-phuong-long-chau-2025");
    }

    @Test
    void aLineageDownOnADateEndsAtTheUnitsThatAnswerThen() {
        var edges = graphQl.document("""
                { lineage(from: "PlanItem:3100-qd-ubnd-2023:12", direction: DOWN, asOf: "2026-01-01") {
                    edges { from relation to } } }""")
                .execute()
                .errors()
                .verify()
                .path("lineage.edges[?(@.relation == 'SUCCEEDED_BY')]")
                .entityList(Edge.class)
                .get();
        assertThat(edges.stream().map(e -> e.from() + " -> " + e.to()))
                .containsExactlyInAnyOrder(
                        "Agency:ubnd-phuong-1-tpvl -> Agency:ubnd-phuong-long-chau-2025",
                        "Agency:ubnd-phuong-9-tpvl -> Agency:ubnd-phuong-long-chau-2025",
                        "Agency:ubnd-phuong-truong-an-tpvl -> Agency:ubnd-phuong-long-chau-2025",
                        "Agency:ubnd-phuong-3-tpvl -> Agency:ubnd-phuong-phuoc-hau-2025",
                        "Agency:ubnd-phuong-4-tpvl -> Agency:ubnd-phuong-phuoc-hau-2025",
                        "Agency:ubnd-phuong-5-tpvl -> Agency:ubnd-phuong-thanh-duc-2025",
                        "Agency:ubnd-phuong-8-tpvl -> Agency:ubnd-phuong-tan-hanh-2025",
                        "Agency:ubnd-phuong-tan-ngai-tpvl -> Agency:ubnd-phuong-tan-ngai-2025",
                        "Agency:ubnd-phuong-tan-hoa-tpvl -> Agency:ubnd-phuong-tan-ngai-2025",
                        "Agency:ubnd-phuong-tan-hoi-tpvl -> Agency:ubnd-phuong-tan-ngai-2025");
    }

    record Edge(String from, String relation, String to) {}

    /** "ROLE unit: STATUS: unit, unit [locator of each step of the first chain]", in the order of the row. */
    private List<String> row12(String asOf) {
        List<Map<String, Object>> units = graphQl.document(ROW_12)
                .variable("asOf", asOf)
                .execute()
                .errors()
                .verify()
                .path("planItem.responsibleUnits")
                .entity(new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() {})
                .get();
        return units.stream().map(WhoAnswersTodayTest::line).toList();
    }

    @SuppressWarnings("unchecked")
    private static String line(Map<String, Object> r) {
        var answering = (Map<String, Object>) r.get("answering");
        var answered = (List<Map<String, Object>>) answering.get("units");
        String keys = String.join(
                ", ",
                answered.stream()
                        .map(u -> (String) ((Map<String, Object>) u.get("agency")).get("key"))
                        .toList());
        var chain = (List<Map<String, Object>>) answered.get(0).get("chain");
        var locators = chain.stream()
                .map(s -> (String)
                        ((List<Map<String, Object>>) s.get("provenance")).get(0).get("locator"))
                .toList();
        return r.get("role") + " " + ((Map<String, Object>) r.get("agency")).get("key") + ": " + answering.get("status")
                + ": " + keys + " " + locators;
    }

    private List<String> current(String key, String asOf) {
        return answering(key, asOf)
                .path("agency.current[*].key")
                .entityList(String.class)
                .get();
    }

    private org.springframework.graphql.test.tester.GraphQlTester.Traversable answering(String key, String asOf) {
        return graphQl.documentName("answering")
                .variable("key", key)
                .variable("asOf", asOf)
                .execute()
                .errors()
                .verify();
    }

    /** Agency hits: key to snippet. */
    @SuppressWarnings("unchecked")
    private Map<String, String> search(String text) {
        List<Map<String, Object>> hits = graphQl.document("""
                query($text: String!) { search(text: $text, kinds: [AGENCY], first: 20) {
                  snippet node { ... on Agency { key } } } }""")
                .variable("text", text)
                .execute()
                .errors()
                .verify()
                .path("search")
                .entity(new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() {})
                .get();
        var result = new java.util.LinkedHashMap<String, String>();
        hits.forEach(h ->
                result.put((String) ((Map<String, Object>) h.get("node")).get("key"), (String) h.get("snippet")));
        return result;
    }
}
