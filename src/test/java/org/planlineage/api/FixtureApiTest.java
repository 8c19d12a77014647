package org.planlineage.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planlineage.support.FixtureGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The read API's behaviour on the narrative fixture: lookups, groups, successions, paging, errors. */
@FixtureGraphTest
class FixtureApiTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void aNumberUsedByTwoIssuersAnswersAmbiguousWithBothCandidates() {
        graphQl.document("{ document(number: \"45/kh-ubnd\") { key } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType().toString()).isEqualTo("AMBIGUOUS");
                    assertThat(e.getMessage())
                            .isEqualTo("Number '45/kh-ubnd' was used by 2 documents; ask again by key");
                    assertThat(e.getExtensions().get("candidates"))
                            .isEqualTo(List.of("45-kh-ubnd-2024-ubnd-tinh", "45-kh-ubnd-2024-ubnd-tp"));
                }))
                .path("document")
                .valueIsNull();
    }

    @Test
    void aLooselyTypedNumberFindsTheDocument() {
        for (String typed : List.of("100/QĐ-UBND", "100 / qd-ubnd", "100/qđ-ubnd", "100QDUBND")) {
            graphQl.document("query($n: String) { document(number: $n) { key } }")
                    .variable("n", typed)
                    .execute()
                    .path("document.key")
                    .entity(String.class)
                    .isEqualTo("qd-100-2022");
        }
    }

    @Test
    void askingByKeyAndNumberAtOnceIsABadRequest() {
        graphQl.document("{ document(key: \"qd-100-2022\", number: \"100/QĐ-UBND\") { key } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(e.getMessage()).startsWith("Give exactly one of 'key'");
                }));
    }

    @Test
    void unknownKeysAnswerNullWithNotFound() {
        for (String query : List.of(
                "{ document(key: \"nope\") { key } }",
                "{ planItem(key: \"nope:1\") { key } }",
                "{ agency(key: \"nope\") { key } }",
                "{ indicator(key: \"nope\") { key } }",
                "{ node(id: \"Document:nope\") { id } }")) {
            graphQl.document(query)
                    .execute()
                    .errors()
                    .satisfy(errors -> assertThat(errors)
                            .singleElement()
                            .satisfies(
                                    e -> assertThat(e.getErrorType().toString()).isEqualTo("NOT_FOUND")));
        }
    }

    @Test
    void responsibleUnitsExpandAGroupToItsMembersOrKeepItWhole() {
        String query = """
                query($expand: Boolean) { planItem(key: "qd-200-2022:1") {
                  responsibleUnits(expandGroups: $expand) { role agency { key } via { key } } } }""";
        assertThat(units(query, true))
                .containsExactly(
                        "LEAD ubnd-phuong-a via ubnd-2-phuong",
                        "LEAD ubnd-phuong-b via ubnd-2-phuong",
                        "COOPERATING phong-vh");
        assertThat(units(query, false)).containsExactly("LEAD ubnd-2-phuong", "COOPERATING phong-vh");
    }

    record Unit(String role, Key agency, Key via) {
        String line() {
            return role + " " + agency.key() + (via == null ? "" : " via " + via.key());
        }
    }

    record Key(String key) {}

    private List<String> units(String query, boolean expand) {
        return graphQl
                .document(query)
                .variable("expand", expand)
                .execute()
                .path("planItem.responsibleUnits")
                .entityList(Unit.class)
                .get()
                .stream()
                .map(Unit::line)
                .toList();
    }

    @Test
    void aSupersededUnitNamesItsSuccessorAndTheSuccessorItsPredecessor() {
        graphQl.document("""
                { old: agency(key: "phong-cu") { successor { agency { key } since provenance { quote } } }
                  new: agency(key: "phong-moi") { predecessors { agency { key } } } }""")
                .execute()
                .path("old.successor.agency.key")
                .entity(String.class)
                .isEqualTo("phong-moi")
                .path("old.successor.since")
                .entity(String.class)
                .isEqualTo("2025-07-01")
                .path("old.successor.provenance[0].quote")
                .entity(String.class)
                .isEqualTo("Phòng Cũ (nay là Phòng Mới)")
                .path("new.predecessors[0].agency.key")
                .entity(String.class)
                .isEqualTo("phong-cu");
    }

    @Test
    void theCityRowAgainstTheProvinceRowIsLowerIn2024AndAlone2023() {
        graphQl.documentName("compare")
                .variable("indicator", "ho-so-cong-viec-cap-xa")
                .execute()
                .path("compare.entries[*].year")
                .entityList(Integer.class)
                .containsExactly(2023, 2024, 2024)
                .path("compare.pairs")
                .entityList(Object.class)
                .hasSize(1)
                .path("compare.pairs[0].year")
                .entity(Integer.class)
                .isEqualTo(2024)
                .path("compare.pairs[0].verdict")
                .entity(String.class)
                .isEqualTo("LOWER")
                .path("compare.pairs[0].explanation")
                .entity(String.class)
                .isEqualTo("\"70%\" asks for less than \">70%\"");
    }

    @Test
    void theNextPageStartsAfterTheCursorOfThePreviousOne() {
        String query = "query($after: String) { documents(first: 5, after: $after) { totalCount "
                + "pageInfo { hasNextPage hasPreviousPage endCursor } nodes { key } } }";
        var first = graphQl.document(query).execute();
        List<String> page1 =
                first.path("documents.nodes[*].key").entityList(String.class).get();
        String cursor =
                first.path("documents.pageInfo.endCursor").entity(String.class).get();
        first.path("documents.totalCount")
                .entity(Integer.class)
                .isEqualTo(15)
                .path("documents.pageInfo.hasNextPage")
                .entity(Boolean.class)
                .isEqualTo(true);
        var second = graphQl.document(query).variable("after", cursor).execute();
        List<String> page2 =
                second.path("documents.nodes[*].key").entityList(String.class).get();
        second.path("documents.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
        assertThat(page1).hasSize(5).doesNotContainAnyElementsOf(page2);
        assertThat(page2).hasSize(5);
        // newest first: the 2024 plans open the list
        assertThat(page1.subList(0, 2)).containsExactly("45-kh-ubnd-2024-ubnd-tp", "45-kh-ubnd-2024-ubnd-tinh");
    }

    @Test
    void pageSizesAndCursorsOutsideTheRulesAreBadRequests() {
        for (String query : List.of(
                "{ documents(first: 0) { totalCount } }",
                "{ documents(first: 101) { totalCount } }",
                "{ documents(after: \"not-a-cursor\") { totalCount } }",
                "{ search(text: \"a\") { kind } }",
                "{ compare(indicator: \"ho-so-cong-viec-cap-xa\", years: [24]) { pairs { verdict } } }")) {
            graphQl.document(query)
                    .execute()
                    .errors()
                    .satisfy(errors -> assertThat(errors)
                            .singleElement()
                            .satisfies(
                                    e -> assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST")));
        }
    }

    @Test
    void aGroupListsItsMembersAndEachMemberItsGroup() {
        graphQl.document("{ agency(key: \"ubnd-2-phuong\") { kind members { key memberOf { key } parent { key } } } }")
                .execute()
                .path("agency.kind")
                .entity(String.class)
                .isEqualTo("GROUP")
                .path("agency.members[*].key")
                .entityList(String.class)
                .containsExactly("ubnd-phuong-a", "ubnd-phuong-b")
                .path("agency.members[0].memberOf[0].key")
                .entity(String.class)
                .isEqualTo("ubnd-2-phuong")
                .path("agency.members[0].parent.key")
                .entity(String.class)
                .isEqualTo("ubnd-tp");
    }

    @Test
    void aRowWithoutItsOwnLegalBasisColumnInheritsItsDocuments() {
        graphQl.document("""
                { own: planItem(key: "qd-200-2022:1") { legalBasis { key } }
                  inherited: planItem(key: "qd-200-2022:2") { legalBasis { key } } }""")
                .execute()
                .path("own.legalBasis[*].key")
                .entityList(String.class)
                .containsExactly("qd-100-2022")
                .path("inherited.legalBasis[*].key")
                .entityList(String.class)
                .containsExactly("10-kh-tu-2022", "qd-100-2022");
    }

    @Test
    void searchIgnoresCaseAndDiacriticsAndFindsAgenciesByAlias() {
        graphQl.document("{ search(text: \"PHONG VH&TT\", kinds: [AGENCY]) { kind node { id } snippet } }")
                .execute()
                .path("search[0].node.id")
                .entity(String.class)
                .isEqualTo("Agency:phong-vh")
                .path("search[0].snippet")
                .entity(String.class)
                .isEqualTo("«Phòng» Văn hóa và Thông tin | «Phòng» «VH&TT» | trước là «Phòng» Mới");
    }

    @Test
    void agenciesAreFilteredByLevelAndKindAndListedHighestLevelFirstThenByName() {
        String query = "query($level: AdminLevel, $kind: AgencyKind) "
                + "{ agencies(level: $level, kind: $kind, first: 5) { totalCount nodes { key } } }";
        graphQl.document(query)
                .execute()
                .path("agencies.totalCount")
                .entity(Integer.class)
                .isEqualTo(13)
                .path("agencies.nodes[*].key")
                .entityList(String.class)
                .containsExactly("quoc-hoi", "tinh-uy", "ubnd-tinh", "cac-phong-tp", "phong-cu");
        graphQl.document(query)
                .variable("level", "COMMUNE")
                .execute()
                .path("agencies.nodes[*].key")
                .entityList(String.class)
                .containsExactly("ubnd-2-phuong", "ubnd-phuong-a", "ubnd-phuong-b", "ubnd-cap-xa");
        graphQl.document(query)
                .variable("level", "DISTRICT")
                .variable("kind", "PEOPLES_COMMITTEE")
                .execute()
                .path("agencies.nodes[*].key")
                .entityList(String.class)
                .containsExactly("ubnd-tp");
    }

    @Test
    void indicatorsAreFilteredByPillar() {
        String query = "query($pillar: Pillar) { indicators(pillar: $pillar) { totalCount nodes { key pillar } } }";
        var government =
                graphQl.document(query).variable("pillar", "DIGITAL_GOVERNMENT").execute();
        government.path("indicators.nodes[0].key").entity(String.class).isEqualTo("ho-so-cong-viec-cap-xa");
        assertThat(government
                        .path("indicators.nodes[*].pillar")
                        .entityList(String.class)
                        .get())
                .isNotEmpty()
                .containsOnly("DIGITAL_GOVERNMENT");
        graphQl.document(query)
                .variable("pillar", "DIGITAL_SOCIETY")
                .execute()
                .path("indicators.totalCount")
                .entity(Integer.class)
                .isEqualTo(0);
    }
}
