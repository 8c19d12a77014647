package org.planlineage.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planlineage.agency.AdminLevel;
import org.planlineage.document.DocumentType;
import org.planlineage.graph.Relation;
import org.planlineage.graphql.ApiException;
import org.planlineage.indicator.Pillar;
import org.planlineage.support.EditingGraph;
import org.planlineage.support.EditingGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * {@link ImportService#importDocuments}: several documents in one transaction, each planned, compared and written as
 * {@code importDocument} writes one, with a change each; a refused document refuses the whole batch.
 */
@EditingGraphTest
class ImportBatchTest {

    @Autowired
    ImportService imports;

    @Autowired
    Neo4jClient client;

    @BeforeEach
    void clean() {
        EditingGraph.clean(client);
    }

    static DocumentInput plan(String key, String issuer, String implementsKey, String indicator, String raw) {
        var item = new DocumentInput.ItemInput(
                "1",
                "1.",
                "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng",
                "I. CHÍNH QUYỀN SỐ",
                null,
                Pillar.DIGITAL_GOVERNMENT,
                List.of(new DocumentInput.YearValue(2023, raw)),
                List.of(),
                null,
                List.of(issuer),
                null,
                List.of(),
                null,
                List.of(),
                null,
                null,
                new DocumentInput.IndicatorInput(indicator, "Hồ sơ công việc xử lý trên mạng", null),
                "Phụ lục, TT 1",
                null);
        var links = implementsKey == null
                ? List.<DocumentInput.LinkInput>of()
                : List.of(new DocumentInput.LinkInput(
                        Relation.IMPLEMENTS,
                        new DocumentInput.Reference(implementsKey, null, null, null, null, null),
                        "Trích yếu",
                        null,
                        null));
        return new DocumentInput(
                key,
                null,
                DocumentType.PLAN,
                "Kế hoạch chuyển đổi số năm 2023",
                LocalDate.of(2023, 2, 1),
                null,
                issuer,
                AdminLevel.COMMUNE,
                null,
                links,
                List.of(item));
    }

    @Test
    void aBatchWritesEachDocumentWithItsOwnChangeAndALaterOneMayNameAnEarlierOne() {
        var results = imports.importDocuments(
                List.of(
                        plan("kh-a-2023", "ubnd-phuong-a", null, "ho-so-mang-batch", "≥80%"),
                        plan("kh-b-2023", "ubnd-phuong-b", "kh-a-2023", "ho-so-mang-batch", ">70%")),
                "batch-editor");

        assertThat(results).extracting(ImportResult::documentKey).containsExactly("kh-a-2023", "kh-b-2023");
        assertThat(results).allSatisfy(r -> assertThat(r.change()).isNotNull());
        assertThat(client.query("""
                        MATCH (b:Document {key: 'kh-b-2023'})-[:IMPLEMENTS]->(a:Document)
                        RETURN a.key AS a, a.citedOnly AS citedOnly""").fetch().one().orElseThrow())
                .isEqualTo(Map.of("a", "kh-a-2023", "citedOnly", false));
        // one indicator, created by the first document and linked by the second
        assertThat(client.query("""
                        MATCH (i:Indicator {key: 'ho-so-mang-batch'})<-[:SETS]-(p:PlanItem)
                        RETURN collect(p.key) AS items""")
                        .fetchAs(List.class)
                        .mappedBy((t, r) -> r.get("items").asList())
                        .one()
                        .orElseThrow())
                .containsExactlyInAnyOrder("kh-a-2023:1", "kh-b-2023:1");
        assertThat(client.query("MATCH (c:Change) RETURN c.documentKey AS d, c.by AS by ORDER BY c.seq")
                        .fetch()
                        .all())
                .containsExactly(
                        Map.of("d", "kh-a-2023", "by", "batch-editor"), Map.of("d", "kh-b-2023", "by", "batch-editor"));

        // the same batch again changes nothing and records nothing
        var again = imports.importDocuments(
                List.of(
                        plan("kh-a-2023", "ubnd-phuong-a", null, "ho-so-mang-batch", "≥80%"),
                        plan("kh-b-2023", "ubnd-phuong-b", "kh-a-2023", "ho-so-mang-batch", ">70%")),
                "batch-editor");
        assertThat(again).allSatisfy(r -> assertThat(r.change()).isNull());
        assertThat(client.query("MATCH (c:Change) RETURN count(c)")
                        .fetchAs(Long.class)
                        .one())
                .contains(2L);
    }

    @Test
    void aRefusedDocumentRefusesTheWholeBatchSayingWhichAndWritesNothing() {
        var before = EditingGraph.dump(client);

        assertThatThrownBy(() -> imports.importDocuments(
                        List.of(
                                plan("kh-a-2023", "ubnd-phuong-a", null, "ho-so-mang-batch", "≥80%"),
                                plan("kh-b-2023", "ubnd-phuong-khong-co", "kh-a-2023", "ho-so-mang-batch", ">70%")),
                        "batch-editor"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.classification()).isEqualTo(ApiException.Classification.BAD_REQUEST);
                    assertThat(e.getMessage())
                            .startsWith("Document 1 of the batch (kh-b-2023): The import was refused and nothing "
                                    + "was written: 2 problems");
                    assertThat(e.extensions()).containsEntry("batchIndex", 1);
                    assertThat(e.extensions()).containsKey("problems");
                });
        assertThat(EditingGraph.dump(client)).isEqualTo(before);
    }

    @Test
    void aBatchNamingOneDocumentTwiceIsRefusedBeforeAnythingIsRead() {
        assertThatThrownBy(() -> imports.importDocuments(
                        List.of(
                                plan("kh-a-2023", "ubnd-phuong-a", null, "ho-so-mang-batch", "≥80%"),
                                plan("kh-a-2023", "ubnd-phuong-a", null, "ho-so-mang-batch", "≥80%")),
                        "batch-editor"))
                .isInstanceOf(ApiException.class)
                .hasMessage("Document 1 of the batch (kh-a-2023): The batch names document kh-a-2023 twice; import it"
                        + " once");
        assertThat(client.query("MATCH (d:Document {key: 'kh-a-2023'}) RETURN count(d)")
                        .fetchAs(Long.class)
                        .one())
                .contains(0L);
    }
}
