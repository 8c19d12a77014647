package org.planlineage.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planlineage.support.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Documents in the graph against the source texts: number, date and issuer of the five source documents and of the
 * documents they cite, and the chain 3100/QĐ-UBND → 742/QĐ-UBND → 07-NQ/TU with the words that state each link.
 */
@SeededGraphTest
class SourceDocumentsTest {

    @Autowired
    Neo4jClient client;

    /** A document as the sources name it: its number as printed, its date and who issued it. */
    record Doc(String label, String key, String number, LocalDate issuedOn, String issuer) {
        @Override
        public String toString() {
            return label;
        }
    }

    static Stream<Doc> documents() {
        return Stream.of(
                doc(
                        "3100/QĐ-UBND of the city committee, 21/7/2023 (000 line 1, 15)",
                        "3100-qd-ubnd-2023",
                        "3100/QĐ-UBND",
                        "2023-07-21",
                        "ubnd-tp-vinh-long"),
                doc(
                        "206/QĐ-UBND of the provincial committee's chairman, 31/01/2024 (003 lines 3-10)",
                        "206-qd-ubnd-2024",
                        "206/QĐ-UBND",
                        "2024-01-31",
                        "ubnd-tinh-vinh-long"),
                doc(
                        "31/KH-SKHCN of Sở Khoa học và Công nghệ, 01/4/2025 (004 line 3)",
                        "31-kh-skhcn-2025",
                        "31/KH-SKHCN",
                        "2025-04-01",
                        "so-khoa-hoc-va-cong-nghe"),
                doc(
                        "the 2026 plan of Văn phòng UBND tỉnh, number and day left blank (001 lines 1157-1159)",
                        "kh-vpubnd-2025-cds-2026",
                        null,
                        null,
                        "van-phong-ubnd-tinh"),
                doc(
                        "742/QĐ-UBND of the provincial committee, 06/4/2023 (000 lines 23-27)",
                        "742-qd-ubnd-2023",
                        "742/QĐ-UBND",
                        "2023-04-06",
                        "ubnd-tinh-vinh-long"),
                doc(
                        "147-KH/TU of Thành ủy Vĩnh Long, 14/3/2023 (000 line 31)",
                        "147-kh-tu-2023",
                        "147-KH/TU",
                        "2023-03-14",
                        "thanh-uy-vinh-long"),
                doc(
                        "07-NQ/TU of the provincial Party executive, 16/11/2022 (000 lines 25-27)",
                        "07-nq-tu-2022",
                        "07-NQ/TU",
                        "2022-11-16",
                        "bch-dang-bo-tinh-vinh-long"),
                doc(
                        "57-NQ/TW of Bộ Chính trị, 22/12/2024 (001 lines 27-29)",
                        "57-nq-tw-2024",
                        "57-NQ/TW",
                        "2024-12-22",
                        "bo-chinh-tri"),
                doc(
                        "71/NQ-CP of Chính phủ, 01/4/2025 (001 lines 31-33)",
                        "71-nq-cp-2025",
                        "71/NQ-CP",
                        "2025-04-01",
                        "chinh-phu"),
                doc(
                        "749/QĐ-TTg of Thủ tướng Chính phủ, 03/6/2020 (003 line 16)",
                        "749-qd-ttg-2020",
                        "749/QĐ-TTg",
                        "2020-06-03",
                        "thu-tuong-chinh-phu"),
                doc(
                        "942/QĐ-TTg of Thủ tướng Chính phủ, 15/6/2021 (003 line 18)",
                        "942-qd-ttg-2021",
                        "942/QĐ-TTg",
                        "2021-06-15",
                        "thu-tuong-chinh-phu"),
                doc(
                        "146/QĐ-TTg of Thủ tướng Chính phủ, 28/01/2022 (003 line 20)",
                        "146-qd-ttg-2022",
                        "146/QĐ-TTg",
                        "2022-01-28",
                        "thu-tuong-chinh-phu"),
                doc(
                        "411/QĐ-TTg of Thủ tướng Chính phủ, 31/3/2022 (003 line 22)",
                        "411-qd-ttg-2022",
                        "411/QĐ-TTg",
                        "2022-03-31",
                        "thu-tuong-chinh-phu"),
                doc(
                        "394/QĐ-UBND of the provincial committee's chairman, 18/02/2021 (003 line 24)",
                        "394-qd-ubnd-2021",
                        "394/QĐ-UBND",
                        "2021-02-18",
                        "ubnd-tinh-vinh-long"),
                doc(
                        "2568/QĐ-BTTTT of Bộ Thông tin và Truyền thông, 29/12/2023 (003 line 34)",
                        "2568-qd-btttt-2023",
                        "2568/QĐ-BTTTT",
                        "2023-12-29",
                        "bo-thong-tin-va-truyen-thong"),
                doc(
                        "2702/QĐ-UBND of the provincial committee, 27/12/2024 (001 lines 110-114)",
                        "2702-qd-ubnd-2024",
                        "2702/QĐ-UBND",
                        "2024-12-27",
                        "ubnd-tinh-vinh-long"),
                doc(
                        "45/KH-UBND of the provincial committee, 17/4/2025 (001 line 120)",
                        "45-kh-ubnd-2025",
                        "45/KH-UBND",
                        "2025-04-17",
                        "ubnd-tinh-vinh-long"),
                doc(
                        "58/KH-UBND of the provincial committee, 03/6/2025 (001 line 129)",
                        "58-kh-ubnd-2025",
                        "58/KH-UBND",
                        "2025-06-03",
                        "ubnd-tinh-vinh-long"),
                // 004 line 54 names no issuer in words; "STTTT" in the number is Sở Thông tin và Truyền thông
                doc(
                        "27/BC-STTTT of Sở Thông tin và Truyền thông, 26/01/2025 (004 line 54)",
                        "27-bc-stttt-2025",
                        "27/BC-STTTT",
                        "2025-01-26",
                        "so-thong-tin-va-truyen-thong"),
                doc(
                        "321/TTr-PVH&TT of Phòng Văn hóa và Thông tin, 03/7/2023 (000 lines 37-39)",
                        "321-ttr-pvh-tt-2023",
                        "321/TTr-PVH&TT",
                        "2023-07-03",
                        "phong-van-hoa-va-thong-tin-tpvl"),
                doc(
                        "Luật Tổ chức Chính quyền địa phương of 19/6/2015 (000 line 17)",
                        "luat-to-chuc-chinh-quyen-dia-phuong-2015",
                        null,
                        "2015-06-19",
                        "quoc-hoi"),
                doc(
                        "the law amending the laws on Government and local government of 22/11/2019 (000 lines 19-21)",
                        "luat-sua-doi-luat-to-chuc-chinh-phu-va-luat-to-chuc-chinh-quyen-dia-phuong-2019",
                        null,
                        "2019-11-22",
                        "quoc-hoi"),
                doc(
                        "Luật Công nghệ thông tin 67/2006/QH11 (001 line 496) of 29/6/2006 (003 line 14)",
                        "67-2006-qh11",
                        "67/2006/QH11",
                        "2006-06-29",
                        "quoc-hoi"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void aDocumentHasTheNumberDateAndIssuerTheSourcesGive(Doc expected) {
        var row = client.query("""
                MATCH (d:Document {key: $key})
                OPTIONAL MATCH (d)-[:ISSUED_BY]->(a:Agency)
                RETURN d.number AS number, d.issuedOn AS issuedOn, collect(a.key) AS issuers""")
                .bind(expected.key())
                .to("key")
                .fetch()
                .one()
                .orElseThrow(() -> new AssertionError("no document " + expected.key()));
        assertThat(row.get("number")).as("number").isEqualTo(expected.number());
        assertThat(row.get("issuedOn")).as("issuedOn").isEqualTo(expected.issuedOn());
        assertThat(row.get("issuers")).as("issuer").isEqualTo(List.of(expected.issuer()));
    }

    @Test
    void theSourceDocumentsKeepTheirDatesAsPrinted() {
        assertThat(issuedOnRaw("3100-qd-ubnd-2023")).isEqualTo("ngày 21 tháng 7 năm 2023"); // 000 line 1
        assertThat(issuedOnRaw("206-qd-ubnd-2024")).isEqualTo("ngày 31 tháng 01 năm 2024"); // 003 line 5
        assertThat(issuedOnRaw("31-kh-skhcn-2025")).isEqualTo("ngày 01 tháng 4 năm 2025"); // 004 line 3
        // 001 line 1157: "(Kèm theo Kế hoạch số ……../KH-VPUBND ngày … tháng 8 năm 2025": no day, so no issuedOn
        assertThat(issuedOnRaw("kh-vpubnd-2025-cds-2026")).isEqualTo("ngày … tháng 8 năm 2025");
    }

    @Test
    void theSixSourceTextsHoldFiveSourceDocuments() {
        assertThat(client.query("MATCH (d:Document {isSource: true}) RETURN d.key")
                        .fetchAs(String.class)
                        .all())
                .containsExactlyInAnyOrder(
                        "3100-qd-ubnd-2023",
                        "206-qd-ubnd-2024",
                        "31-kh-skhcn-2025",
                        "kh-vpubnd-2025-cds-2026",
                        "1687-nq-ubtvqh15-2025");
    }

    @Test
    void theGraphHoldsRoughlyNinetyDocuments() {
        long documents = client.query("MATCH (d:Document) RETURN count(d)")
                .fetchAs(Long.class)
                .one()
                .orElseThrow();
        assertThat(documents).isGreaterThanOrEqualTo(85);
    }

    // ---- the chain 3100 → 742 → 07-NQ/TU ----------------------------------------------------------------------

    @Test
    void decision3100RestsOnDecision742() {
        // 000 lines 23-27: "Căn cứ Quyết định số 742/QĐ-UBND ngày 06/4/2023 của Ủy ban nhân dân tỉnh Vĩnh Long ..."
        assertStatedLink("3100-qd-ubnd-2023", "LEGAL_BASIS", "742-qd-ubnd-2023");
    }

    @Test
    void decision3100RestsOnPlan147OfTheCityPartyCommittee() {
        // 000 line 31: "Căn cứ Kế hoạch số 147-KH/TU ngày 14/3/2023 của Thành ủy Vĩnh Long ..."
        assertStatedLink("3100-qd-ubnd-2023", "LEGAL_BASIS", "147-kh-tu-2023");
    }

    @Test
    void decision742ImplementsResolution07() {
        // 000 lines 25-27: "... về việc ban hành Kế hoạch triển khai thực hiện Nghị quyết số 07-" / "NQ/TU ..."
        assertStatedLink("742-qd-ubnd-2023", "IMPLEMENTS", "07-nq-tu-2022");
    }

    @Test
    void plan147ImplementsResolution07() {
        // 000 lines 31-33: "... về việc thực hiện Nghị quyết số 07-NQ/TU của Ban Chấp hành Đảng bộ tỉnh ..."
        assertStatedLink("147-kh-tu-2023", "IMPLEMENTS", "07-nq-tu-2022");
    }

    @Test
    void decision3100WasProposedBySubmission321() {
        // 000 lines 37-39: "Theo đề nghị của Trưởng phòng Văn hóa và Thông tin tại Tờ trình số 321/TTr-PVH&TT ..."
        assertStatedLink("3100-qd-ubnd-2023", "PROPOSED_BY", "321-ttr-pvh-tt-2023");
    }

    @Test
    void theChainFrom3100ReachesResolution07ThroughBoth742And147() {
        var paths = client.query("""
                MATCH (:Document {key: '3100-qd-ubnd-2023'})-[:LEGAL_BASIS]->(mid:Document)
                      -[:IMPLEMENTS]->(:Document {key: '07-nq-tu-2022'})
                RETURN mid.key""").fetchAs(String.class).all();
        assertThat(paths).containsExactlyInAnyOrder("742-qd-ubnd-2023", "147-kh-tu-2023");
    }

    /**
     * The link exists once, and each of its statements names a document as its source and quotes words that are in
     * that document's text file at the lines given.
     */
    private void assertStatedLink(String from, String relation, String to) {
        var links = client.query("""
                MATCH (:Document {key: $from})-[r]->(:Document {key: $to})
                WHERE type(r) = $relation
                RETURN r.provSource AS sources, r.provQuote AS quotes, r.provFile AS files, r.provLines AS lines""")
                .bindAll(Map.of("from", from, "to", to, "relation", relation))
                .fetch()
                .all();
        assertThat(links).as("(%s)-[:%s]->(%s)", from, relation, to).hasSize(1);
        var link = links.iterator().next();
        var sources = strings(link.get("sources"));
        var quotes = strings(link.get("quotes"));
        var files = strings(link.get("files"));
        var lines = strings(link.get("lines"));
        assertThat(sources)
                .as("provenances of (%s)-[:%s]->(%s)", from, relation, to)
                .isNotEmpty();
        for (int i = 0; i < sources.size(); i++) {
            assertThat(isDocument(sources.get(i)))
                    .as("provSource %s is a document", sources.get(i))
                    .isTrue();
            assertThat(quotes.get(i)).as("quote %d", i).isNotBlank();
            String text = SourceTexts.range(files.get(i), lines.get(i));
            assertThat(SourceTexts.squeeze(text))
                    .as("quote \"%s\" in %s lines %s", quotes.get(i), files.get(i), lines.get(i))
                    .contains(SourceTexts.squeeze(quotes.get(i)));
        }
    }

    private boolean isDocument(String key) {
        return client.query("MATCH (d:Document {key: $key}) RETURN count(d) > 0")
                .bind(key)
                .to("key")
                .fetchAs(Boolean.class)
                .one()
                .orElseThrow();
    }

    private String issuedOnRaw(String key) {
        return client.query("MATCH (d:Document {key: $key}) RETURN d.issuedOnRaw")
                .bind(key)
                .to("key")
                .fetchAs(String.class)
                .one()
                .orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) list;
    }

    private static Doc doc(String label, String key, String number, String issuedOn, String issuer) {
        return new Doc(label, key, number, issuedOn == null ? null : LocalDate.parse(issuedOn), issuer);
    }
}
