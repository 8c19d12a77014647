package org.planlineage.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlineage.support.FixtureGraphTest;
import org.planlineage.support.NamedDocuments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** {@code relation} on the narrative fixture: a diamond, a cycle, a mention, a row, none within the depth, refusals. */
@FixtureGraphTest
class RelationFixtureTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void aDiamondGivesBothChainsEachStepStatedFromTheDerivedDocument() {
        var answer = relation(Map.of("between", "qd-100-2022", "and", "Document:10-kh-tu-2022"));
        assertThat(answer.length()).isEqualTo(2);
        assertThat(answer.summary())
                .isEqualTo("100/QĐ-UBND (issued 2022-03-01) and 10-KH/TU (issued 2022-02-01, before it) are connected "
                        + "by 2 shortest chains of 2 steps.");
        assertThat(answer.chainNodes())
                .containsExactly(
                        "Document:qd-100-2022 Document:01-nq-tu-2022 Document:10-kh-tu-2022",
                        "Document:qd-100-2022 Document:qd-200-2022 Document:10-kh-tu-2022");
        assertThat(answer.chains().get(0).summary())
                .isEqualTo("100/QĐ-UBND implements 01-NQ/TU; 10-KH/TU implements 01-NQ/TU.");
        var viaCity = answer.chains().get(1);
        assertThat(viaCity.summary())
                .isEqualTo("200/QĐ-UBND takes 100/QĐ-UBND as its legal basis; 200/QĐ-UBND takes 10-KH/TU as its legal "
                        + "basis.");
        assertThat(viaCity.links()).containsExactly("LEGAL_BASIS DOWN Căn cứ, dòng 1", "LEGAL_BASIS UP Căn cứ, dòng 2");
        // only the relations asked for
        assertThat(relation(Map.of(
                                "between", "qd-100-2022", "and", "10-kh-tu-2022", "relations", List.of("IMPLEMENTS")))
                        .chainNodes())
                .containsExactly("Document:qd-100-2022 Document:01-nq-tu-2022 Document:10-kh-tu-2022");
    }

    @Test
    void aCycleIsOneStepWithBothRelationsAndAMentionIsARelationToo() {
        var cycle = relation(Map.of("between", "cv-1-2022", "and", "cv-2-2022"));
        assertThat(cycle.length()).isEqualTo(1);
        assertThat(cycle.chains())
                .singleElement()
                .satisfies(c -> assertThat(c.summary())
                        .isEqualTo(
                                "1/UBND-VX takes 2/UBND-VX as its legal basis; 2/UBND-VX takes 1/UBND-VX as its legal "
                                        + "basis."));
        assertThat(cycle.chains().get(0).links())
                .containsExactly("LEGAL_BASIS UP chú thích 1", "LEGAL_BASIS DOWN chú thích 2");
        var mention = relation(Map.of("between", "qd-200-2022", "and", "cv-1-2022"));
        assertThat(mention.chains().get(0).summary()).isEqualTo("200/QĐ-UBND mentions 1/UBND-VX.");
    }

    @Test
    void aRowIsRelatedThroughItsTableAndItsOwnLegalBasis() {
        var row = relation(Map.of("between", "PlanItem:kh-400-2023:2", "and", "qd-300-2023"));
        assertThat(row.chainNodes())
                .containsExactly("PlanItem:kh-400-2023:2 Document:kh-400-2023 Document:qd-300-2023");
        assertThat(row.chains().get(0).summary())
                .isEqualTo("Row 2 of 400/KH-UBND stands in the table of 400/KH-UBND; 400/KH-UBND takes 300/QĐ-UBND as "
                        + "its legal basis.");
        // standing in a table rests on where the row stands
        assertThat(row.chains().get(0).links()).first().isEqualTo("SET_IN UP Phụ lục, TT 2");
    }

    @Test
    void noChainWithinTheDepthIsSaidHonestly() {
        var none = relation(Map.of("between", "qd-200-2022", "and", "hien-phap-2013", "maxDepth", 2));
        assertThat(none.length()).isNull();
        assertThat(none.chains()).isEmpty();
        assertThat(none.truncated()).isFalse();
        assertThat(none.summary())
                .isEqualTo("No chain of at most 2 steps connects 200/QĐ-UBND (issued 2022-05-01) and the law \"Hiến "
                        + "pháp\" (issued 2013-11-28, before it).");
        assertThat(relation(Map.of("between", "qd-200-2022", "and", "hien-phap-2013"))
                        .length())
                .isEqualTo(4);
        // two stories that share no document
        assertThat(relation(Map.of("between", "kh-400-2023", "and", "luat-mo-coi-2020", "maxDepth", 10))
                        .chains())
                .isEmpty();
    }

    @Test
    void aNodeWithItselfIsAChainOfNoStep() {
        var same = relation(Map.of("between", "qd-200-2022", "and", "Document:qd-200-2022"));
        assertThat(same.length()).isZero();
        assertThat(same.chainNodes()).containsExactly("Document:qd-200-2022");
    }

    @Test
    void badArgumentsAreRefused() {
        refused(
                Map.of("between", "Agency:phong-vh", "and", "qd-200-2022"),
                "BAD_REQUEST",
                "'between' must name a Document or a PlanItem; 'Agency:phong-vh' is an Agency");
        refused(
                Map.of("between", "qd-200-2022", "and", "khong-co"),
                "NOT_FOUND",
                "No document or plan item with id or key 'khong-co' (argument 'and')");
        refused(
                Map.of("between", "qd-200-2022", "and", "qd-100-2022", "maxDepth", 11),
                "BAD_REQUEST",
                "'maxDepth' must be between 1 and 10 (the server's relation depth limit, app.relation.max-depth), "
                        + "got 11");
        refused(
                Map.of("between", "qd-200-2022", "and", "qd-100-2022", "relations", List.of("LEAD")),
                "BAD_REQUEST",
                "A relation connects documents and rows through [LEGAL_BASIS, IMPLEMENTS, ISSUES, PROPOSED_BY, CITES, "
                        + "SET_IN]; LEAD links units and is not followed");
    }

    private void refused(Map<String, Object> variables, String classification, String message) {
        NamedDocuments.assertRefused(graphQl, "relation", variables, classification, message);
    }

    private RelationAnswerView relation(Map<String, Object> variables) {
        return NamedDocuments.answer(graphQl, "relation", variables, RelationAnswerView.class);
    }
}
