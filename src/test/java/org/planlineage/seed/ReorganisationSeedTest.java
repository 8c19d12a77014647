package org.planlineage.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.planlineage.agency.AdminLevel;
import org.planlineage.agency.AgencyKind;
import org.planlineage.agency.SuccessionShare;
import org.planlineage.document.Provenance;
import org.planlineage.ingest.UnitKind;

/**
 * The successions the seed reads from Article 1 of 1687/NQ-UBTVQH15 (graph-seed/sources/1687_NQ-UBTVQH15.txt), checked
 * against the source's lines by hand: every ward of the city of Vĩnh Long, the partial successions, the dates of
 * Article 2, the units the resolution forms, and what it does not say. Plain Java: the seed as the loader reads it,
 * before anything is written.
 */
class ReorganisationSeedTest {

    private static final String R = "1687-nq-ubtvqh15-2025";
    private static final Seed SEED = new SeedReader("file:graph-seed/").read();
    private static final Map<String, Seed.Agency> AGENCIES =
            SEED.agencies().stream().collect(Collectors.toMap(Seed.Agency::key, Function.identity()));

    @Test
    void everyWardOfTheCityOfVinhLongGoesWhollyToTheNewWardItsClauseNamesExceptPhuong2() {
        // clauses 102-106 (lines 407-425); "successor share clause lines"
        assertThat(successorsOf("ubnd-phuong-1-tpvl"))
                .containsExactly("ubnd-phuong-long-chau-2025 WHOLE Điều 1, khoản 103 411-413");
        assertThat(successorsOf("ubnd-phuong-9-tpvl"))
                .containsExactly("ubnd-phuong-long-chau-2025 WHOLE Điều 1, khoản 103 411-413");
        assertThat(successorsOf("ubnd-phuong-truong-an-tpvl"))
                .containsExactly("ubnd-phuong-long-chau-2025 WHOLE Điều 1, khoản 103 411-413");
        assertThat(successorsOf("ubnd-phuong-3-tpvl"))
                .containsExactly("ubnd-phuong-phuoc-hau-2025 WHOLE Điều 1, khoản 104 415-417");
        assertThat(successorsOf("ubnd-phuong-4-tpvl"))
                .containsExactly("ubnd-phuong-phuoc-hau-2025 WHOLE Điều 1, khoản 104 415-417");
        assertThat(successorsOf("ubnd-phuong-5-tpvl"))
                .containsExactly("ubnd-phuong-thanh-duc-2025 WHOLE Điều 1, khoản 102 407-409");
        assertThat(successorsOf("ubnd-phuong-8-tpvl"))
                .containsExactly("ubnd-phuong-tan-hanh-2025 WHOLE Điều 1, khoản 105 419-421");
        assertThat(successorsOf("ubnd-phuong-tan-hoa-tpvl"))
                .containsExactly("ubnd-phuong-tan-ngai-2025 WHOLE Điều 1, khoản 106 423-425");
        assertThat(successorsOf("ubnd-phuong-tan-hoi-tpvl"))
                .containsExactly("ubnd-phuong-tan-ngai-2025 WHOLE Điều 1, khoản 106 423-425");
        assertThat(successorsOf("ubnd-phuong-tan-ngai-tpvl"))
                .containsExactly("ubnd-phuong-tan-ngai-2025 WHOLE Điều 1, khoản 106 423-425");
        // Phường 2 is named by 206/QĐ-UBND (003 line 118) but by no clause of 1687: no successor stated
        assertThat(successorsOf("ubnd-phuong-2-tpvl")).isEmpty();
        // and the new wards have the wards and communes their clauses name, nothing else
        assertThat(predecessorsOf("ubnd-phuong-long-chau-2025"))
                .containsExactlyInAnyOrder("ubnd-phuong-1-tpvl", "ubnd-phuong-9-tpvl", "ubnd-phuong-truong-an-tpvl");
        assertThat(predecessorsOf("ubnd-phuong-thanh-duc-2025"))
                .containsExactlyInAnyOrder("ubnd-phuong-5-tpvl", "ubnd-xa-thanh-duc-1687-k102");
    }

    @Test
    void theProvenanceIsTheClauseWithItsNumberAndWordsThenArticleTwosDates() {
        var s = succession("ubnd-phuong-1-tpvl", "ubnd-phuong-long-chau-2025");
        assertThat(s.prov())
                .extracting(Provenance::documentKey, Provenance::locator, Provenance::quote, Provenance::lines)
                .containsExactly(
                        tuple(
                                R,
                                "Điều 1, khoản 103",
                                "103. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của Phường 1 và Phường 9 (thành"
                                        + " phố Vĩnh Long), phường Trường Anthành phường mới có tên gọi là phường Long"
                                        + " Châu.",
                                "411-413"),
                        tuple(R, "Điều 2, khoản 1", "có hiệu lực thi hành từ ngày được thông qua", "492"),
                        tuple(R, "Điều 2, khoản 2", "chính thức hoạt động từ ngày 01 tháng 7 năm 2025", "497"));
        assertThat(s.prov()).extracting(Provenance::file).containsOnly("1687_NQ-UBTVQH15.txt");
    }

    @Test
    void every1687SuccessionStartsOnTheFirstOfJulyAndWasDecidedOnTheDayOfPassing() {
        var from1687 = SEED.successions().stream()
                .filter(s -> s.prov().get(0).documentKey().equals(R))
                .toList();
        assertThat(from1687).hasSize(45);
        assertThat(from1687).allSatisfy(s -> {
            assertThat(s.since()).isEqualTo(LocalDate.of(2025, 7, 1)); // Article 2.2, line 497
            assertThat(s.decidedOn()).isEqualTo(LocalDate.of(2025, 6, 16)); // Article 2.1, line 492 and line 524
        });
        // the one other stated succession has no date in its source ("nay là", 001 lines 455-457): none is given
        var department = succession("so-thong-tin-va-truyen-thong", "so-khoa-hoc-va-cong-nghe");
        assertThat(department.since()).isNull();
        assertThat(department.decidedOn()).isNull();
        assertThat(department.share()).isNull();
    }

    @Test
    void thePartialSuccessionsAreThePartsAndRestsOfFourUnitsEachWithTwoSuccessors() {
        assertThat(SEED.successions().stream()
                        .filter(s -> s.share() == SuccessionShare.PARTIAL)
                        .map(s -> s.predecessor() + " -> " + s.successor() + " ("
                                + s.prov().get(0).locator() + ")"))
                .containsExactly(
                        // 16: "một phần ... của thị trấn Trà Ôn" (line 95); 22: "phần còn lại của thị trấn Trà Ôn"
                        // (118)
                        "ubnd-thi-tran-tra-on-1687-k16 -> ubnd-xa-tra-on-2025 (Điều 1, khoản 16)",
                        "ubnd-xa-ngai-tu-1687-k22 -> ubnd-xa-ngai-tu-2025 (Điều 1, khoản 22)",
                        "ubnd-thi-tran-tra-on-1687-k16 -> ubnd-xa-ngai-tu-2025 (Điều 1, khoản 22)",
                        // 107: "một phần ... phường Thành Phước, phường Cái Vồn" (line 428); 108: their rests (433-434)
                        "ubnd-phuong-thanh-phuoc-1687-k107 -> ubnd-phuong-binh-minh-2025 (Điều 1, khoản 107)",
                        "ubnd-phuong-cai-von-1687-k107 -> ubnd-phuong-binh-minh-2025 (Điều 1, khoản 107)",
                        // 108: the rest of xã Ngãi Tứ after clause 22 (line 432)
                        "ubnd-xa-ngai-tu-1687-k22 -> ubnd-phuong-cai-von-2025 (Điều 1, khoản 108)",
                        "ubnd-phuong-thanh-phuoc-1687-k107 -> ubnd-phuong-cai-von-2025 (Điều 1, khoản 108)",
                        "ubnd-phuong-cai-von-1687-k107 -> ubnd-phuong-cai-von-2025 (Điều 1, khoản 108)");
    }

    @Test
    void theClausesRecordedAreThoseThatNameAKnownUnitOrPlaceAUnitInAKnownDistrictWithTheirRests() {
        assertThat(SEED.successions().stream()
                        .filter(s -> s.prov().get(0).documentKey().equals(R))
                        .map(s -> s.prov().get(0).locator())
                        .distinct())
                .containsExactly(
                        "Điều 1, khoản 1",
                        "Điều 1, khoản 2",
                        "Điều 1, khoản 3",
                        "Điều 1, khoản 4",
                        "Điều 1, khoản 16",
                        "Điều 1, khoản 22",
                        "Điều 1, khoản 23",
                        "Điều 1, khoản 25",
                        "Điều 1, khoản 102",
                        "Điều 1, khoản 103",
                        "Điều 1, khoản 104",
                        "Điều 1, khoản 105",
                        "Điều 1, khoản 106",
                        "Điều 1, khoản 107",
                        "Điều 1, khoản 108");
    }

    @Test
    void theUnitsOfHuyenMangThitTheGraphKnewGoToTheCommunesTheirClausesForm() {
        // clause 1 (lines 38-40), 2 (42-44), 3 (46-48)
        assertThat(successorsOf("ubnd-xa-an-phuoc-mang-thit"))
                .containsExactly("ubnd-xa-cai-nhum-2025 WHOLE Điều 1, khoản 1 38-40");
        assertThat(successorsOf("ubnd-thi-tran-cai-nhum-mang-thit"))
                .containsExactly("ubnd-xa-cai-nhum-2025 WHOLE Điều 1, khoản 1 38-40");
        assertThat(successorsOf("ubnd-xa-tan-an-hoi-mang-thit"))
                .containsExactly("ubnd-xa-tan-long-hoi-2025 WHOLE Điều 1, khoản 2 42-44");
        assertThat(successorsOf("ubnd-xa-my-an-mang-thit"))
                .containsExactly("ubnd-xa-nhon-phu-2025 WHOLE Điều 1, khoản 3 46-48");
        // what the reading adds to a unit the graph knew: the spelling the resolution uses and the kind of unit
        assertThat(AGENCIES.get("ubnd-thi-tran-cai-nhum-mang-thit").aliases()).contains("thị trấn Cái Nhum");
        assertThat(AGENCIES.get("ubnd-thi-tran-cai-nhum-mang-thit").unitKind()).isEqualTo(UnitKind.TOWNSHIP);
        assertThat(AGENCIES.get("ubnd-phuong-truong-an-tpvl").aliases()).contains("phường Trường An");
        assertThat(AGENCIES.get("ubnd-phuong-truong-an-tpvl").unitKind()).isEqualTo(UnitKind.WARD);
    }

    @Test
    void theUnitsTheResolutionFormsAreCommuneLevelCommitteesOfTheProvinceWithTheirKind() {
        var formed =
                SEED.agencies().stream().filter(a -> a.key().endsWith("-2025")).toList();
        assertThat(formed).hasSize(15).allSatisfy(a -> {
            assertThat(a.kind()).isEqualTo(AgencyKind.PEOPLES_COMMITTEE);
            assertThat(a.level()).isEqualTo(AdminLevel.COMMUNE);
            assertThat(a.parent()).isEqualTo("ubnd-tinh-vinh-long");
        });
        assertThat(formed.stream().filter(a -> a.unitKind() == UnitKind.WARD).map(Seed.Agency::key))
                .containsExactly(
                        "ubnd-phuong-thanh-duc-2025",
                        "ubnd-phuong-long-chau-2025",
                        "ubnd-phuong-phuoc-hau-2025",
                        "ubnd-phuong-tan-hanh-2025",
                        "ubnd-phuong-tan-ngai-2025",
                        "ubnd-phuong-binh-minh-2025",
                        "ubnd-phuong-cai-von-2025");
        var longChau = AGENCIES.get("ubnd-phuong-long-chau-2025");
        assertThat(longChau.name()).isEqualTo("UBND phường Long Châu");
        assertThat(longChau.aliases()).containsExactly("UBND phường Long Châu", "phường Long Châu");
        assertThat(longChau.prov())
                .isEqualTo(new Provenance(R, "Điều 1, khoản 103", "phường Long Châu", "413", "1687_NQ-UBTVQH15.txt"));
        // a unit rearranged that the graph did not know, placed by the text: its district is its parent
        var myHoa = AGENCIES.get("ubnd-xa-my-hoa-1687-k108");
        assertThat(myHoa.parent()).isEqualTo("ubnd-tx-binh-minh");
        assertThat(myHoa.unitKind()).isEqualTo(UnitKind.COMMUNE);
        // one not placed: no parent, and the doubt says so
        assertThat(AGENCIES.get("ubnd-xa-thanh-duc-1687-k102").parent()).isNull();
        assertThat(AGENCIES.get("ubnd-xa-thanh-duc-1687-k102").doubt())
                .endsWith("The text does not say which district it was in.");
    }

    @Test
    void theDistrictLevelHasNoSuccessorInTheSources() {
        var districts = SEED.agencies().stream()
                .filter(a -> a.level() == AdminLevel.DISTRICT && a.kind() == AgencyKind.PEOPLES_COMMITTEE)
                .map(Seed.Agency::key)
                .toList();
        assertThat(districts).contains("ubnd-tp-vinh-long", "ubnd-huyen-mang-thit", "ubnd-tx-binh-minh");
        assertThat(SEED.successions()).noneMatch(s -> districts.contains(s.predecessor()));
    }

    private static Seed.Succession succession(String from, String to) {
        return SEED.successions().stream()
                .filter(s -> s.predecessor().equals(from) && s.successor().equals(to))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> successorsOf(String key) {
        return SEED.successions().stream()
                .filter(s -> s.predecessor().equals(key))
                .map(s -> s.successor() + " " + s.share() + " "
                        + s.prov().get(0).locator() + " " + s.prov().get(0).lines())
                .toList();
    }

    private static List<String> predecessorsOf(String key) {
        return SEED.successions().stream()
                .filter(s -> s.successor().equals(key))
                .map(Seed.Succession::predecessor)
                .toList();
    }
}
