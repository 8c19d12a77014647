package org.planlineage.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planlineage.agency.AdminLevel;
import org.planlineage.config.Neo4jSchema;
import org.planlineage.document.DocumentType;
import org.planlineage.editing.DocumentInput;
import org.planlineage.editing.ImportService;
import org.planlineage.support.EditingGraph;
import org.planlineage.support.EditingGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * {@code compare(within:)} finds an area's rows through the index {@code sets_indicator_document} (the keys of the
 * indicator and of the row's document on each SETS): what the seed writes, what an import writes or rewrites, and
 * what the start-up migration gives a store written before the index, each found by the comparison. On the fixture:
 * UBND tỉnh (province) over UBND thành phố (ubnd-tp, district) over Phường A and Phường B (communes).
 */
@EditingGraphTest
class AreaComparisonWritesTest {

    @Autowired
    ImportService imports;

    @Autowired
    ComparisonService comparisons;

    @Autowired
    Neo4jSchema schema;

    @Autowired
    Neo4jClient client;

    @BeforeEach
    void clean() {
        EditingGraph.clean(client);
    }

    @Test
    void everySetsTheSeedWroteCarriesItsIndicatorsAndItsDocumentsKeys() {
        assertThat(client.query("MATCH ()-[r:SETS]->() RETURN count(r)")
                        .fetchAs(Long.class)
                        .one()
                        .orElseThrow())
                .isPositive();
        assertThat(wrongKeys()).isEmpty();
    }

    @Test
    void anImportedCommunesRowIsInItsCommunesItsDistrictsAndItsProvincesAreaAndNotInAnotherCommunes() {
        imports.importDocuments(
                List.of(plan("kh-a-2023", "ubnd-phuong-a", AdminLevel.COMMUNE, row("1", "chi-tieu-vung", "≥80%"))),
                "editor-1");

        assertThat(client.query("""
                        MATCH (:PlanItem {key: 'kh-a-2023:1'})-[r:SETS]->(:Indicator)
                        RETURN r.indicator AS indicator, r.document AS document""").fetch().all())
                .containsExactly(Map.of("indicator", "chi-tieu-vung", "document", "kh-a-2023"));
        for (String area : List.of("ubnd-phuong-a", "ubnd-tp", "ubnd-tinh")) {
            assertThat(entries("chi-tieu-vung", area)).as(area).containsExactly("2023 COMMUNE kh-a-2023:1 ≥80%");
        }
        assertThat(entries("chi-tieu-vung", "ubnd-phuong-b")).isEmpty();
    }

    @Test
    void aRowMovedToAnotherIndicatorByAReimportLeavesTheFirstIndicatorsArea() {
        imports.importDocuments(
                List.of(plan("kh-a-2023", "ubnd-phuong-a", AdminLevel.COMMUNE, row("1", "chi-tieu-cu", "≥80%"))),
                "editor-1");
        imports.importDocuments(
                List.of(plan("kh-a-2023", "ubnd-phuong-a", AdminLevel.COMMUNE, row("1", "chi-tieu-moi", "≥80%"))),
                "editor-1");

        assertThat(entries("chi-tieu-moi", "ubnd-tp")).containsExactly("2023 COMMUNE kh-a-2023:1 ≥80%");
        assertThat(client.query("MATCH (i:Indicator {key: 'chi-tieu-cu'}) RETURN count(i)")
                        .fetchAs(Long.class)
                        .one()
                        .orElseThrow())
                .as("the import removes the indicator no row sets any more")
                .isZero();
        assertThat(wrongKeys()).isEmpty();
    }

    @Test
    void aPlanThatSetsTheIndicatorTwiceGivesBothRowsEachComparedWithTheDistrictsRow() {
        imports.importDocuments(
                List.of(
                        plan("kh-tp-2023", "ubnd-tp", AdminLevel.DISTRICT, row("1", "chi-tieu-vung", "≥80%")),
                        plan(
                                "kh-a-2023",
                                "ubnd-phuong-a",
                                AdminLevel.COMMUNE,
                                row("1", "chi-tieu-vung", "≥85%"),
                                row("2", "chi-tieu-vung", "≥70%"))),
                "editor-1");

        var comparison = comparisons.compare("chi-tieu-vung", null, "ubnd-tp");
        assertThat(lines(comparison))
                .containsExactly(
                        "2023 DISTRICT kh-tp-2023:1 ≥80%",
                        "2023 COMMUNE kh-a-2023:1 ≥85%", "2023 COMMUNE kh-a-2023:2 ≥70%");
        assertThat(comparison.pairs())
                .extracting(p -> p.lower().item().key() + " " + p.upper().item().key() + " " + p.verdict())
                .containsExactly("kh-a-2023:1 kh-tp-2023:1 HIGHER", "kh-a-2023:2 kh-tp-2023:1 LOWER");
    }

    @Test
    void aProvinceWithoutCommunesPlansComparesItsDistrictWithTheProvince() {
        imports.importDocuments(
                List.of(
                        plan("kh-tinh-2023", "ubnd-tinh", AdminLevel.PROVINCE, row("1", "chi-tieu-vung", "≥80%")),
                        plan("kh-tp-2023", "ubnd-tp", AdminLevel.DISTRICT, row("1", "chi-tieu-vung", "≥90%"))),
                "editor-1");

        var comparison = comparisons.compare("chi-tieu-vung", null, "ubnd-tinh");
        assertThat(lines(comparison))
                .containsExactly("2023 PROVINCE kh-tinh-2023:1 ≥80%", "2023 DISTRICT kh-tp-2023:1 ≥90%");
        assertThat(comparison.pairs())
                .extracting(p -> p.lower().item().key() + " " + p.upper().item().key() + " " + p.verdict())
                .containsExactly("kh-tp-2023:1 kh-tinh-2023:1 HIGHER");
    }

    @Test
    void anAreaWhoseUnitSetsNothingHoldsItsCommunesRowsAndNoPair() {
        imports.importDocuments(
                List.of(
                        plan("kh-a-2023", "ubnd-phuong-a", AdminLevel.COMMUNE, row("1", "chi-tieu-vung", "≥80%")),
                        plan("kh-b-2023", "ubnd-phuong-b", AdminLevel.COMMUNE, row("1", "chi-tieu-vung", "≥60%"))),
                "editor-1");

        var comparison = comparisons.compare("chi-tieu-vung", null, "ubnd-tp");
        assertThat(lines(comparison)).containsExactly("2023 COMMUNE kh-a-2023:1 ≥80%", "2023 COMMUNE kh-b-2023:1 ≥60%");
        assertThat(comparison.pairs()).isEmpty();
    }

    @Test
    void theStartUpMigrationGivesTheKeysToAStoreWrittenWithoutThem() {
        imports.importDocuments(
                List.of(plan("kh-a-2023", "ubnd-phuong-a", AdminLevel.COMMUNE, row("1", "chi-tieu-vung", "≥80%"))),
                "editor-1");
        // a store written before the index: no keys on SETS, no record of the migration
        client.query("MATCH ()-[r:SETS]->() REMOVE r.indicator, r.document").run();
        client.query("MATCH (m:Migration {key: 'sets-indicator-document'}) DELETE m")
                .run();
        assertThat(entries("chi-tieu-vung", "ubnd-tp")).isEmpty();

        schema.apply();

        assertThat(wrongKeys()).isEmpty();
        assertThat(entries("chi-tieu-vung", "ubnd-tp")).containsExactly("2023 COMMUNE kh-a-2023:1 ≥80%");
        assertThat(client.query("MATCH (m:Migration {key: 'sets-indicator-document'}) RETURN count(m)")
                        .fetchAs(Long.class)
                        .one()
                        .orElseThrow())
                .isOne();
    }

    /** SETS whose keys are missing or are not those of its indicator and of its row's document. */
    private List<String> wrongKeys() {
        return List.copyOf(client.query("""
                        MATCH (p:PlanItem)-[r:SETS]->(i:Indicator)
                        OPTIONAL MATCH (p)-[:SET_IN]->(d:Document)
                        WITH p, r, i, d
                        WHERE r.indicator IS NULL OR r.indicator <> i.key OR r.document IS NULL
                           OR r.document <> d.key
                        RETURN p.key AS item""").fetchAs(String.class).all());
    }

    private List<String> entries(String indicator, String within) {
        return lines(comparisons.compare(indicator, null, within));
    }

    private static List<String> lines(Comparison comparison) {
        return comparison.entries().stream()
                .map(e -> e.year() + " " + e.level() + " " + e.item().key() + " "
                        + e.target().raw())
                .toList();
    }

    private static DocumentInput.ItemInput row(String ref, String indicator, String raw) {
        return new DocumentInput.ItemInput(
                ref,
                ref + ".",
                "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng (" + ref + ")",
                "I. CHÍNH QUYỀN SỐ",
                null,
                Pillar.DIGITAL_GOVERNMENT,
                List.of(new DocumentInput.YearValue(2023, raw)),
                List.of(),
                null,
                List.of(),
                null,
                List.of(),
                null,
                List.of(),
                null,
                null,
                new DocumentInput.IndicatorInput(indicator, "Hồ sơ công việc xử lý trên mạng", null),
                "Phụ lục, TT " + ref,
                null);
    }

    private static DocumentInput plan(String key, String issuer, AdminLevel level, DocumentInput.ItemInput... rows) {
        return new DocumentInput(
                key,
                null,
                DocumentType.PLAN,
                "Kế hoạch chuyển đổi số năm 2023",
                LocalDate.of(2023, 2, 1),
                null,
                issuer,
                level,
                null,
                List.of(),
                new ArrayList<>(List.of(rows)));
    }
}
