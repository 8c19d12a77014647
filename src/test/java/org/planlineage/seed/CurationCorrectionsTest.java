package org.planlineage.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planlineage.support.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The corrections of the second reading of the curation (issue 8), each pinned by the source lines that decide it,
 * and the rules of {@code graph-seed/README.md} ("Curation rules") checked over the whole seed: words cut by a line
 * end, indicators grouped across documents, the members of groups, and the rows a doubt cites.
 */
@SeededGraphTest
class CurationCorrectionsTest {

    static final String F000 = "000_04b1b475b92f531c.txt";
    static final String F001 = "001_cb860d839e339891.txt";
    static final String F002 = "002_f3fbce1528a64abc.txt";
    static final String F003 = "003_8b5c3a2d4cef5978.txt";
    static final String F004 = "004_966b2cedb08e58d7.txt";
    static final String CITY = "3100-qd-ubnd-2023:";
    static final String PROVINCE = "206-qd-ubnd-2024:";
    static final String OFFICE = "kh-vpubnd-2025-cds-2026:";

    @Autowired
    Neo4jClient client;

    @Autowired
    HttpGraphQlTester graphQl;

    // ---- rule 1: words the line wrap cut ----------------------------------------------------------------------

    @Test
    void onlyTheTextsOf3100AndTheOfficePlanMarkTheirWordBreaksAndTheirCutsAreTheSixteenRead() {
        assertThat(SourceTexts.marksWordBreaks(F000)).isTrue();
        assertThat(SourceTexts.marksWordBreaks(F001)).isTrue();
        assertThat(SourceTexts.marksWordBreaks(F002)).isFalse();
        assertThat(SourceTexts.marksWordBreaks(F003)).isFalse();
        assertThat(SourceTexts.marksWordBreaks(F004)).isFalse();
        assertThat(SourceTexts.cuts(F000))
                .extracting(SourceTexts.Cut::line)
                .containsExactly(25, 112, 921, 950, 1064, 1093, 1122, 1170, 1321, 1396, 1677, 2133, 2343, 5401, 5446);
        assertThat(SourceTexts.cuts(F000))
                .extracting(SourceTexts.Cut::joined)
                .containsOnly("07-NQ/TU", "HĐND&UBND", "147-KH/TU");
        // 001 lines 133-135: "... Nghị quyết số 57-" / "" / "NQ/TW ngày 22/12/2024"; line 416 (a URL) is followed by
        // a line that starts with a space, so it is no cut
        assertThat(SourceTexts.cuts(F001)).singleElement().isEqualTo(new SourceTexts.Cut(133, 135, "57-", "NQ/TW"));
    }

    @Test
    void noCellAliasNameTitleOrQuoteKeepsAWordTheLineWrapCut() {
        var broken = new ArrayList<String>();
        var texts = client.query("""
                MATCH (p:PlanItem)
                OPTIONAL MATCH (p)-[:HAS_TARGET|HAS_RESULT]->(t:Target)
                WITH p, collect(t.raw) AS values
                RETURN p.key AS what,
                       values + [c IN [p.text, p.leadRaw, p.cooperatingRaw, p.legalBasisRaw, p.note] WHERE c IS NOT NULL]
                           AS texts
                UNION ALL
                MATCH (a:Agency) RETURN a.key AS what, a.aliases + [a.name] + a.provQuote AS texts
                UNION ALL
                MATCH (d:Document) RETURN d.key AS what, [d.title] + d.provQuote AS texts
                UNION ALL
                MATCH ()-[r:LEGAL_BASIS|IMPLEMENTS|ISSUES|PROPOSED_BY|CITES|MEMBER_OF]->()
                RETURN type(r) AS what, r.provQuote AS texts""").fetch().all();
        assertThat(texts).hasSizeGreaterThan(500);
        var cuts =
                Stream.of(F000, F001).flatMap(f -> SourceTexts.cuts(f).stream()).toList();
        for (var row : texts) {
            for (Object text : (List<?>) row.get("texts")) {
                String normalised = SourceTexts.normalise((String) text);
                for (var cut : cuts) {
                    if (normalised != null && normalised.contains(cut.spaced())) {
                        broken.add(row.get("what") + ": \"" + cut.spaced() + "\" (line " + cut.line() + ")");
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @ParameterizedTest(name = "3100 row {0}: \"HĐND&UBN\" / \"D TPVL\" at 000 line {1}")
    @MethodSource("cityOfficeCuts")
    void theCityOfficeIsRejoinedInEveryCooperatingCellTheWrapCut(String ref, int line) {
        var row = item(CITY + ref);
        assertThat(SourceTexts.lines(F000).get(line - 1)).endsWith("HĐND&UBN");
        assertThat(lineRange((String) row.get("lines")))
                .as("the cut is in the row's lines")
                .contains(line);
        assertThat((String) row.get("cooperatingRaw"))
                .contains("HĐND&UBND TPVL")
                .doesNotContain("UBN D");
        assertThat((String) row.get("doubt")).contains("line " + line, "rejoined");
        assertThat(unitsOf(CITY + ref, "COOPERATING")).contains("van-phong-hdnd-ubnd-tpvl");
    }

    static Stream<Object[]> cityOfficeCuts() {
        return Stream.of(
                new Object[] {"6", 921},
                new Object[] {"7", 950},
                new Object[] {"10", 1064},
                new Object[] {"11", 1093},
                new Object[] {"12", 1122},
                new Object[] {"13", 1170},
                new Object[] {"17", 1321},
                new Object[] {"26", 1677},
                new Object[] {"37", 2133},
                new Object[] {"44", 2343});
    }

    @Test
    void thePartyPlanNumberIsRejoinedInTheThreeLegalBasisCellsTheWrapCutAfterItsHyphen() {
        // 000 lines 1396-1397, 5401-5402, 5446-5447: "Kế hoạch số 147-" / "KH/TU ngày"
        for (var cut : Map.of("19", 1396, "120", 5401, "121", 5446).entrySet()) {
            assertThat(SourceTexts.lines(F000).get(cut.getValue() - 1)).endsWith("Kế hoạch số 147-");
            var row = item(CITY + cut.getKey());
            assertThat((String) row.get("legalBasisRaw"))
                    .as("row %s", cut.getKey())
                    .contains("Kế hoạch số 147-KH/TU ngày 14/3/2023");
            assertThat(legalBasisOf(CITY + cut.getKey())).contains("147-kh-tu-2023");
        }
    }

    @Test
    void aSpaceTheDocumentPrintsAtALineEndIsKept() {
        // 000 line 2955 "HĐND& " ends with a space (the document's), unlike the cuts "HĐND&UBN" that end without
        assertThat(SourceTexts.lines(F000).get(2955 - 1)).isEqualTo("HĐND& ");
        assertThat(SourceTexts.cuts(F000)).extracting(SourceTexts.Cut::line).doesNotContain(2955);
        assertThat(item(CITY + "63").get("cooperatingRaw")).isEqualTo("Văn phòng HĐND& UBND TPVL");
        assertThat(aliases("van-phong-hdnd-ubnd-tpvl"))
                .contains("Văn phòng HĐND& UBND TPVL", "Văn Phòng HĐND&UBND TPVL")
                .noneMatch(a -> a.contains("UBN D"));
    }

    // ---- rule 2: one indicator for rows that count the same over corresponding populations --------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("groupedRows")
    void rowsThatCountTheSameQuantityOverCorrespondingPopulationsSetOneIndicator(Grouped grouped) {
        for (var row : grouped.rows()) {
            assertThat(SourceTexts.range(row.file(), row.lines()))
                    .as("%s at %s lines %s", row.item(), row.file(), row.lines())
                    .contains(row.words());
            assertThat(item(row.item()).get("lines")).isEqualTo(row.lines());
        }
        var indicators = grouped.rows().stream()
                .map(r -> indicatorOf(r.item()))
                .distinct()
                .toList();
        assertThat(indicators).containsExactly(grouped.indicator());
        assertThat(itemsOf(grouped.indicator()))
                .containsAll(grouped.rows().stream().map(Row::item).toList());
    }

    static Stream<Grouped> groupedRows() {
        return Stream.of(
                group(
                        "ty-le-nguoi-dan-doanh-nghiep-xac-thuc-dinh-danh-cac-cap-chinh-quyen",
                        new Row(PROVINCE + "50", F002, "71", "các cấp chính quyền từ tỉnh đến xã"),
                        new Row(CITY + "51", F000, "2584-2612", "các cấp chính quyền từ thành phố đến phường")),
                group(
                        "ty-le-co-quan-cap-tinh-mo-du-lieu",
                        new Row(
                                PROVINCE + "27",
                                F002,
                                "39",
                                "Tỷ lệ cơ quan Nhà nước cấp tỉnh tham gia mở dữ liệu và cung cấp dữ liệu mở"),
                        new Row(
                                CITY + "26",
                                F000,
                                "1661-1693",
                                "Tỷ lệ cơ quan Nhà nước cấp tỉnh tham gia mở dữ liệu và cung cấp dữ liệu mở")),
                group(
                        "ty-le-che-do-bao-cao-ket-noi-he-thong-bao-cao-chinh-phu",
                        new Row(PROVINCE + "16", F002, "26", "của UBND tỉnh, Chủ tịch UBND tỉnh được kết nối"),
                        new Row(OFFICE + "10", F001, "1437-1462", "của UBND tỉnh, Chủ tịch UBND tỉnh được kết nối"),
                        new Row(
                                CITY + "15",
                                F000,
                                "1218-1272",
                                "của UBND thành phố, Chủ tịch UBND thành phố được kết nối")),
                group(
                        "ty-le-tra-loi-kip-thoi-phan-anh-cua-nguoi-dan",
                        new Row(PROVINCE + "41", F002, "60", "Cổng thông tin điện tử của tỉnh"),
                        new Row(CITY + "44", F000, "2325-2353", "Cổng thông tin điện tử của thành phố")),
                group(
                        "ty-le-co-quan-dia-phuong-ke-hoach-tuyen-truyen-attt",
                        new Row(
                                PROVINCE + "60",
                                F002,
                                "83",
                                "Tỷ lệ các sở, ngành và huyện, thị xã, thành phố xây dựng và triển khai kế hoạch"),
                        new Row(
                                CITY + "60",
                                F000,
                                "2833-2878",
                                "100% các cơ quan, ban, ngành thành phố , UBND 11 phường xây dựng và triển khai kế "
                                        + "hoạch")),
                group(
                        "ty-le-cong-trang-ttdt-tich-hop-cong-ttdt-tinh",
                        new Row(PROVINCE + "66", F002, "89", "các sở, ban, ngành tỉnh và cấp huyện được tích hợp"),
                        new Row(OFFICE + "20", F001, "1670-1690", "các sở, ban, ngành tỉnh và cấp xã được tích hợp"),
                        new Row(CITY + "63", F000, "2939-2965", "thành phố và 11 phường được tích hợp")));
    }

    @Test
    void rowsThatCountAnotherPopulationOrAnotherThingStayApart() {
        // README rule 2, "Read and kept apart": each pair is set against its nearest row of the province
        var apart = Map.of(
                CITY + "18", PROVINCE + "19", // "CBCC, viên chức" vs "công chức"
                CITY + "28", PROVINCE + "29", // wards only vs units of three levels
                CITY + "75", PROVINCE + "83", // households and enterprises vs enterprises
                CITY + "79", PROVINCE + "88", // "trang thông tin riêng" vs "website"
                CITY + "108", PROVINCE + "125", // all educational establishments vs pre-school and general
                CITY + "109", PROVINCE + "126", // "học sinh, sinh viên" vs "học sinh phổ thông"
                CITY + "111", PROVINCE + "127"); // training establishments vs general schools
        apart.forEach((city, province) -> assertThat(indicatorOf(city))
                .as("%s apart from %s", city, province)
                .isNotEqualTo(indicatorOf(province)));
    }

    @Test
    void everyCityRowWithoutACounterpartHasAnIndicatorOfItsOwn() {
        for (String ref : List.of("35", "36", "40", "41", "42", "43", "50", "66", "67", "87", "118", "121")) {
            assertThat(itemsOf(indicatorOf(CITY + ref))).as("city row %s", ref).containsExactly(CITY + ref);
        }
    }

    // ---- rule 3: a group's members are every unit the sources name as belonging to it -------------------------

    @Test
    void theDistrictLevelIsTheEightDistrictCommitteesThePhuLucOf206Names() {
        // 002 line 44: "+ cấp huyện: UBND tp Vĩnh Long, UBND tx Bình Minh"; line 45: "... UBND huyện Long Hồ, UBND
        // huyện Bình Tân"; line 57 (row 40): "UBND tp Vĩnh Long, UBND huyện Tam Bình"; line 56 (row 39): "... +
        // Mang Thít: 1 xã + Trà Ôn: 1 xã + Vũng Liêm: 1 xã"
        assertThat(SourceTexts.range(F002, "44")).contains("+ cấp huyện: UBND tp Vĩnh Long, UBND tx Bình Minh");
        assertThat(SourceTexts.range(F002, "56")).contains("+ Trà Ôn: 1 xã + Vũng Liêm: 1 xã");
        var members = client.query("""
                MATCH (m:Agency)-[r:MEMBER_OF]->(:Agency {key: 'ubnd-cap-huyen'})
                RETURN m.key AS key, m.level AS level, r.provFile[0] AS file, r.provLines[0] AS lines""").fetch().all();
        assertThat(members)
                .extracting(m -> m.get("key"))
                .containsExactlyInAnyOrder(
                        "ubnd-tp-vinh-long",
                        "ubnd-tx-binh-minh",
                        "ubnd-huyen-long-ho",
                        "ubnd-huyen-binh-tan",
                        "ubnd-huyen-tam-binh",
                        "ubnd-huyen-mang-thit",
                        "ubnd-huyen-tra-on",
                        "ubnd-huyen-vung-liem");
        assertThat(members).allSatisfy(m -> {
            assertThat(m.get("level")).isEqualTo("DISTRICT");
            assertThat(m.get("file")).isIn(F002, F003);
        });
    }

    @Test
    void aUbndCapHuyenCellExpandsToEveryDistrictCommitteeNotTheCityAlone() {
        // 002 line 57 (206 row 40): lead cell "UBND cấp huyện"
        var leads = graphQl.document("""
                        { planItem(key: "206-qd-ubnd-2024:40") {
                            leadRaw responsibleUnits { role agency { key } via { key } } } }""")
                .execute()
                .path("planItem.leadRaw")
                .entity(String.class)
                .isEqualTo("UBND cấp huyện")
                .path("planItem.responsibleUnits[?(@.role == 'LEAD')].agency.key")
                .entityList(String.class)
                .get();
        assertThat(leads).hasSize(8).contains("ubnd-tp-vinh-long", "ubnd-huyen-tam-binh", "ubnd-huyen-vung-liem");
    }

    @Test
    void theCommuneLevelIsTheElevenWardsAndTheFourMangThitCommunesOfFootnoteFour() {
        // 003 line 106: "Có 10 xã, phường, thị trấn sử dụng công nghệ ..."; footnote 4, line 118: "TPVL: Phường 2, 4,
        // 5,
        // Trường An, Tân Ngãi, Tân Hội; Huyện Mang Thít: Thị trấn Cái Nhum, Tân An Hội, Mỹ An, An Phước."
        assertThat(SourceTexts.range(F003, "106")).contains("Có 10 xã, phường, thị trấn");
        var members = client.query("""
                MATCH (m:Agency)-[r:MEMBER_OF]->(:Agency {key: 'ubnd-cap-xa'})
                RETURN m.key AS key, r.provLines[0] AS lines""").fetch().all();
        assertThat(members).hasSize(15);
        assertThat(members.stream()
                        .filter(m -> "106-118".equals(m.get("lines")))
                        .map(m -> (String) m.get("key")))
                .containsExactlyInAnyOrder(
                        "ubnd-phuong-2-tpvl",
                        "ubnd-phuong-4-tpvl",
                        "ubnd-phuong-5-tpvl",
                        "ubnd-phuong-truong-an-tpvl",
                        "ubnd-phuong-tan-ngai-tpvl",
                        "ubnd-phuong-tan-hoi-tpvl",
                        "ubnd-thi-tran-cai-nhum-mang-thit",
                        "ubnd-xa-tan-an-hoi-mang-thit",
                        "ubnd-xa-my-an-mang-thit",
                        "ubnd-xa-an-phuoc-mang-thit");
    }

    @Test
    void theProvincialDepartmentsIncludeTheDepartmentOfNaturalResourcesRow30Names() {
        // 002 line 45: "+ cấp tỉnh: ... Sở Tài nguyên và MT, Sở Y tế, Sở KHCHN + cấp huyện: ..."
        assertThat(SourceTexts.range(F002, "45")).contains("Sở Tài nguyên và MT, Sở Y tế, Sở KHCHN");
        var departments = client.query("""
                MATCH (m:Agency)-[:MEMBER_OF]->(:Agency {key: 'cac-so-ban-nganh-tinh'}) RETURN m.key""").fetchAs(String.class).all();
        assertThat(departments).contains("so-tai-nguyen-va-moi-truong");
        assertThat(aliases("so-khoa-hoc-va-cong-nghe")).contains("Sở KHCHN");
    }

    // ---- rule 4: a doubt that cites a row names a row where its words are -------------------------------------

    /** {@code "spelling" (206/QĐ-UBND rows 104, 105, 106, lead cells)} inside a unit's doubt. */
    static final Pattern CITATION = Pattern.compile("\"([^\"]+)\" \\(([0-9]+/[^ ]+) rows? ([0-9][0-9, and-]*)");

    @Test
    void everyUnitDoubtThatCitesARowForASpellingNamesARowThatPrintsIt() {
        var agencies = client.query("MATCH (a:Agency) WHERE a.doubt IS NOT NULL RETURN a.key AS key, a.doubt AS doubt")
                .fetch()
                .all();
        var wrong = new ArrayList<String>();
        int checked = 0;
        for (var a : agencies) {
            var m = CITATION.matcher((String) a.get("doubt"));
            while (m.find()) {
                String spelling = m.group(1);
                String document = m.group(2);
                for (String ref : refs(m.group(3))) {
                    checked++;
                    String cells = cellsOf(document, ref);
                    if (cells == null || !SourceTexts.normalise(cells).contains(spelling)) {
                        wrong.add(a.get("key") + ": \"" + spelling + "\" is not in " + document + " row " + ref);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(checked).as("citations checked").isGreaterThanOrEqualTo(12);
    }

    // ---- rule 5: verdicts over comparable scopes ---------------------------------------------------------------

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("seedVerdicts")
    void theSeedsPairsGetTheVerdictAnAnalystWouldGive(
            String indicator, int year, String verdict, String lowerRaw, String upperRaw, String because) {
        var pair = graphQl.document("""
                        query($indicator: String!, $year: Int!) {
                          compare(indicator: $indicator, years: [$year]) {
                            pairs { lower { target { raw } } upper { target { raw } } verdict explanation } } }""")
                .variable("indicator", indicator)
                .variable("year", year)
                .execute()
                .path("compare.pairs")
                .entityList(Map.class)
                .hasSize(1)
                .get()
                .get(0);
        assertThat(pair.get("verdict")).isEqualTo(verdict);
        assertThat(((Map<?, ?>) ((Map<?, ?>) pair.get("lower")).get("target")).get("raw"))
                .isEqualTo(lowerRaw);
        assertThat(((Map<?, ?>) ((Map<?, ?>) pair.get("upper")).get("target")).get("raw"))
                .isEqualTo(upperRaw);
        assertThat((String) pair.get("explanation")).contains(because);
    }

    static Stream<Object[]> seedVerdicts() {
        return Stream.of(
                // 000 lines 3216-3253 (city row 70) and 002 line 103 (206 row 76): "Thường xuyên" both
                new Object[] {
                    "boi-duong-cbccvc-ve-chuyen-doi-so", 2024, "SAME", "Thường xuyên", "Thường xuyên", "the same words"
                },
                // 000 lines 4609-4655 (city row 104), 002 line 161 (206 row 121), 004 lines 477-485 (31 row 45)
                new Object[] {
                    "ty-le-ho-gia-dinh-co-dia-chi-so",
                    2024,
                    "NOT_COMPARABLE",
                    "100% (hộ gia đình phường đô thị văn minh)",
                    "100% (hộ gia đình xã nông thôn mới nâng cao)",
                    "populations that do not correspond"
                },
                new Object[] {
                    "ty-le-ho-gia-dinh-co-dia-chi-so",
                    2025,
                    "NOT_COMPARABLE",
                    "100% (hộ gia đình phường đô thị văn minh)",
                    "100% (hộ gia đình xã nông thôn mới nâng cao)",
                    "populations that do not correspond"
                },
                // 000 lines 2355-2401 (city row 45) and 002 line 61 (206 row 42): wards against communes, the same 70%
                new Object[] {
                    "ty-le-dai-truyen-thanh-cap-xa-ung-dung-cntt-vt",
                    2024,
                    "SAME",
                    "70% đơn vị cấp phường",
                    "mỗi huyện, tx, tp chọn 70% đơn vị cấp xã",
                    "comparable scopes: the lower level's đơn vị cấp phường corresponds to the upper level's đơn vị "
                            + "cấp xã"
                },
                // 000 lines 3404-3447 (city row 74) and 002 line 110 (206 row 82): the city's products are some of the
                // province's
                new Object[] {
                    "so-san-pham-ung-dung-truy-xuat-nguon-goc",
                    2024,
                    "NOT_COMPARABLE",
                    "2 sản phẩm",
                    ">35 sản phẩm",
                    "only rates compare across levels"
                });
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    record Row(String item, String file, String lines, String words) {}

    record Grouped(String indicator, List<Row> rows) {
        @Override
        public String toString() {
            return indicator + ": " + rows.stream().map(Row::item).toList();
        }
    }

    static Grouped group(String indicator, Row... rows) {
        return new Grouped(indicator, List.of(rows));
    }

    /** "104, 105, 106", "1-2", "19 and 38" as row numbers. */
    private static List<String> refs(String list) {
        var refs = new ArrayList<String>();
        for (String part : list.split(",|\\band\\b")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (p.contains("-")) {
                String[] range = p.split("-");
                for (int n = Integer.parseInt(range[0].strip()); n <= Integer.parseInt(range[1].strip()); n++) {
                    refs.add(Integer.toString(n));
                }
            } else {
                refs.add(p);
            }
        }
        return refs;
    }

    /** The row's text and every cell of it, joined, for a document given by its number ("206/QĐ-UBND"). */
    private String cellsOf(String number, String ref) {
        return client.query("""
                MATCH (p:PlanItem {ref: $ref})-[:SET_IN]->(:Document {number: $number})
                OPTIONAL MATCH (p)-[:HAS_TARGET|HAS_RESULT]->(t:Target)
                WITH p, collect(t.raw) AS values
                RETURN reduce(s = '', c IN values + [p.text, p.leadRaw, p.cooperatingRaw, p.note]
                    | s + ' | ' + coalesce(c, ''))""")
                .bindAll(Map.of("ref", ref, "number", number))
                .fetchAs(String.class)
                .one()
                .orElse(null);
    }

    private static List<Integer> lineRange(String lines) {
        String[] parts = lines.split("-");
        int from = Integer.parseInt(parts[0]);
        int to = parts.length > 1 ? Integer.parseInt(parts[1]) : from;
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    private Map<String, Object> item(String key) {
        return client.query("""
                MATCH (p:PlanItem {key: $key})
                RETURN p.cooperatingRaw AS cooperatingRaw, p.legalBasisRaw AS legalBasisRaw, p.doubt AS doubt,
                       p.provLines[0] AS lines""")
                .bind(key)
                .to("key")
                .fetch()
                .one()
                .orElseThrow(() -> new AssertionError("no plan item " + key));
    }

    private String indicatorOf(String item) {
        return client.query("MATCH (:PlanItem {key: $item})-[:SETS]->(i:Indicator) RETURN i.key")
                .bind(item)
                .to("item")
                .fetchAs(String.class)
                .one()
                .orElseThrow(() -> new AssertionError(item + " sets no indicator"));
    }

    private List<String> itemsOf(String indicator) {
        return List.copyOf(client.query("MATCH (p:PlanItem)-[:SETS]->(:Indicator {key: $key}) RETURN p.key")
                .bind(indicator)
                .to("key")
                .fetchAs(String.class)
                .all());
    }

    private List<String> unitsOf(String item, String relation) {
        return List.copyOf(client.query("""
                MATCH (:PlanItem {key: $item})-[r]->(a:Agency) WHERE type(r) = $relation RETURN a.key""")
                .bindAll(Map.of("item", item, "relation", relation))
                .fetchAs(String.class)
                .all());
    }

    private List<String> legalBasisOf(String item) {
        return List.copyOf(client.query("MATCH (:PlanItem {key: $item})-[:LEGAL_BASIS]->(d:Document) RETURN d.key")
                .bind(item)
                .to("item")
                .fetchAs(String.class)
                .all());
    }

    @SuppressWarnings("unchecked")
    private List<String> aliases(String agency) {
        return (List<String>) client.query("MATCH (a:Agency {key: $key}) RETURN a.aliases AS aliases")
                .bind(agency)
                .to("key")
                .fetch()
                .one()
                .orElseThrow()
                .get("aliases");
    }
}
