package org.planlineage.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlineage.support.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Units (agencies) against the source texts: the eleven wards behind "UBND 11 phường", spellings of one unit merged
 * into one agency, and the succession the 2026 plan states.
 */
@SeededGraphTest
class SourceAgenciesTest {

    static final String WARDS = "ubnd-11-phuong-tpvl";

    @Autowired
    Neo4jClient client;

    // ---- the eleven wards -------------------------------------------------------------------------------------

    @Test
    void theGroupUbnd11PhuongIsTheGroupThe3100AppendixNames() {
        // 000 lines 732-733 (row 1, cooperating cell): "UBND 11" / "phường"
        var group = client.query(
                        "MATCH (g:Agency {key: $key}) RETURN g.name AS name, g.kind AS kind, g.aliases AS aliases")
                .bind(WARDS)
                .to("key")
                .fetch()
                .one()
                .orElseThrow();
        assertThat(group.get("kind")).isEqualTo("GROUP");
        assertThat(strings(group.get("aliases"))).contains("UBND 11 phường");
    }

    @Test
    void theGroupUbnd11PhuongHasExactlyTheElevenWardCommittees() {
        var members =
                client.query("""
                MATCH (w:Agency)-[:MEMBER_OF]->(:Agency {key: $key})
                RETURN w.name""").bind(WARDS).to("key").fetchAs(String.class).all();
        assertThat(members)
                .containsExactlyInAnyOrder(
                        "UBND Phường 1",
                        "UBND Phường 2",
                        "UBND Phường 3",
                        "UBND Phường 4",
                        "UBND Phường 5",
                        "UBND Phường 8",
                        "UBND Phường 9",
                        "UBND Phường Tân Ngãi",
                        "UBND Phường Tân Hòa",
                        "UBND Phường Tân Hội",
                        "UBND Phường Trường An");
    }

    @Test
    void everyWardCommitteeIsAtCommuneLevelUnderTheCityCommittee() {
        var wards = client.query("""
                MATCH (w:Agency)-[:MEMBER_OF]->(:Agency {key: $key})
                OPTIONAL MATCH (w)-[:PART_OF]->(parent:Agency)
                RETURN w.key AS key, w.level AS level, w.kind AS kind, collect(parent.key) AS parents""").bind(WARDS).to("key").fetch().all();
        assertThat(wards).hasSize(11).allSatisfy(w -> {
            assertThat(w.get("level")).as("%s level", w.get("key")).isEqualTo("COMMUNE");
            assertThat(w.get("kind")).as("%s kind", w.get("key")).isEqualTo("PEOPLES_COMMITTEE");
            assertThat(strings(w.get("parents"))).as("%s parent", w.get("key")).containsExactly("ubnd-tp-vinh-long");
        });
    }

    @Test
    void theWardsTheSourcesNameHaveTheirMembershipFromThoseWords() {
        // 003 line 118 (footnote 4): "TPVL: Phường 2, 4, 5, Trường An, Tân Ngãi, Tân Hội";
        // 003 line 340: "... tại Phường 1, thành phố Vĩnh Long."
        var sourced =
                client.query("""
                MATCH (w:Agency)-[m:MEMBER_OF]->(:Agency {key: $key})
                WHERE size(m.provSource) > 0 AND m.provSource[0] <> ''
                RETURN w.name""").bind(WARDS).to("key").fetchAs(String.class).all();
        assertThat(sourced)
                .contains(
                        "UBND Phường 1",
                        "UBND Phường 2",
                        "UBND Phường 4",
                        "UBND Phường 5",
                        "UBND Phường Trường An",
                        "UBND Phường Tân Ngãi",
                        "UBND Phường Tân Hội");
    }

    @Test
    void everyMembershipThatCitesASourceQuotesItAtTheLinesGiven() {
        var memberships = client.query("""
                MATCH (m:Agency)-[r:MEMBER_OF]->(g:Agency)
                WHERE size(r.provSource) > 0 AND r.provSource[0] <> ''
                RETURN m.key + ' > ' + g.key AS what, r.provFile[0] AS file, r.provLines[0] AS lines,
                       r.provQuote[0] AS quote""").fetch().all();
        assertThat(memberships)
                .isNotEmpty()
                .allSatisfy(m -> assertThat(
                                SourceTexts.squeeze(SourceTexts.range((String) m.get("file"), (String) m.get("lines"))))
                        .as("%s: \"%s\" in %s lines %s", m.get("what"), m.get("quote"), m.get("file"), m.get("lines"))
                        .contains(SourceTexts.squeeze((String) m.get("quote"))));
    }

    // ---- spellings of one unit --------------------------------------------------------------------------------

    @Test
    void bothSpellingsOfTheCityOfficeAreOneAgency() {
        // 000 lines 724-727 (row 1): "Văn phòng" / "HĐND&UBND" / "TPVL"; lines 949-952 (row 7): "Văn Phòng" /
        // "HĐND&UBN" / "D TPVL", a cut inside "UBND" (no space at the end of line 950), rejoined
        assertThat(agenciesWithAlias("Văn phòng HĐND&UBND TPVL")).containsExactly("van-phong-hdnd-ubnd-tpvl");
        assertThat(agenciesWithAlias("Văn Phòng HĐND&UBND TPVL")).containsExactly("van-phong-hdnd-ubnd-tpvl");
        assertThat(agenciesWithAlias("Văn Phòng HĐND&UBN D TPVL")).isEmpty();
        assertThat(unitsOf("3100-qd-ubnd-2023:1", "LEAD")).containsExactly("van-phong-hdnd-ubnd-tpvl");
        assertThat(unitsOf("3100-qd-ubnd-2023:7", "COOPERATING")).containsExactly("van-phong-hdnd-ubnd-tpvl");
    }

    @Test
    void bothSpellingsOfTheCityLabourDivisionAreOneAgency() {
        // 000 lines 5089-5093 (row 115): "Phòng Lao" / "động, Thương" / "binh và Xã hội" / "TPVL";
        // lines 4660-4692 (row 105): "Phòng Lao động" / "- Thương binh" / ... / "và Xã hội TPVL"
        String key = "phong-lao-dong-thuong-binh-va-xa-hoi-tpvl";
        assertThat(agenciesWithAlias("Phòng Lao động, Thương binh và Xã hội TPVL"))
                .containsExactly(key);
        assertThat(agenciesWithAlias("Phòng Lao động - Thương binh và Xã hội TPVL"))
                .containsExactly(key);
        assertThat(unitsOf("3100-qd-ubnd-2023:115", "LEAD")).containsExactly(key);
        assertThat(unitsOf("3100-qd-ubnd-2023:105", "LEAD")).containsExactly(key);
    }

    @Test
    void aLeadOrCooperatingCellNamingOneUnitIsSpelledAsOneOfThatUnitsAliases() {
        // the spelling in the cell is kept on the item; the agency it resolved to must list that spelling
        // (a trailing comma, printed in a few cells, is not part of the name)
        var mismatches = client.query("""
                MATCH (p:PlanItem)-[r:LEAD|COOPERATING]->(a:Agency)
                WITH p, type(r) AS relation, collect(a) AS units
                WHERE size(units) = 1
                WITH p, relation, units[0] AS a,
                     CASE relation WHEN 'LEAD' THEN p.leadRaw ELSE p.cooperatingRaw END AS raw
                WITH p, relation, a, CASE WHEN raw ENDS WITH ',' THEN trim(left(raw, size(raw) - 1)) ELSE raw END AS raw
                WHERE NOT raw IN a.aliases
                RETURN p.key + ' ' + relation + ' \"' + raw + '\" -> ' + a.key""").fetchAs(String.class).all();
        assertThat(mismatches).isEmpty();
    }

    // ---- succession -------------------------------------------------------------------------------------------

    @Test
    void theDepartmentOfInformationIsSucceededByTheDepartmentOfScienceAsThe2026PlanSays() {
        // 001 lines 455-457: "Sở Thông tin và Truyền thông (nay là Sở Khoa học và Công" / "nghệ)"
        var rows = client.query("""
                MATCH (:Agency {key: 'so-thong-tin-va-truyen-thong'})-[s:SUCCEEDED_BY]->(:Agency {key: 'so-khoa-hoc-va-cong-nghe'})
                RETURN s.provSource AS sources, s.provFile AS files, s.provLines AS lines, s.provQuote AS quotes""").fetch().all();
        assertThat(rows).hasSize(1);
        var s = rows.iterator().next();
        assertThat(strings(s.get("sources"))).containsExactly("kh-vpubnd-2025-cds-2026");
        assertThat(strings(s.get("files"))).containsExactly("001_cb860d839e339891.txt");
        String quote = strings(s.get("quotes")).get(0);
        assertThat(SourceTexts.normalise(quote)).contains("Sở Thông tin và Truyền thông", "nay là Sở Khoa học và Công");
        assertThat(SourceTexts.squeeze(SourceTexts.range(
                        "001_cb860d839e339891.txt", strings(s.get("lines")).get(0))))
                .contains(SourceTexts.squeeze(quote));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private List<String> agenciesWithAlias(String alias) {
        return List.copyOf(client.query("MATCH (a:Agency) WHERE $alias IN a.aliases RETURN a.key")
                .bind(alias)
                .to("alias")
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

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) list;
    }
}
