package org.planlineage.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlineage.support.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The brief's question on the real seed: how the city's 3100/QĐ-UBND relates to 57-NQ/TW, issued after it. */
@SeededGraphTest
class RelationSeedTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void theCityDecisionAndResolution57MeetOnlyIn742AsTheOfficePlanCitesBoth() {
        var answer = graphQl.documentName("relation")
                .variable("between", "3100-qd-ubnd-2023")
                .variable("and", "Document:57-nq-tw-2024")
                .execute()
                .errors()
                .verify()
                .path("relation")
                .entity(RelationAnswerView.class)
                .get();
        assertThat(answer.summary())
                .isEqualTo("3100/QĐ-UBND (issued 2023-07-21) and 57-NQ/TW (issued 2024-12-22, after it) are connected "
                        + "by 1 shortest chain of 3 steps.");
        assertThat(answer.chainNodes())
                .containsExactly("Document:3100-qd-ubnd-2023 Document:742-qd-ubnd-2023 "
                        + "Document:kh-vpubnd-2025-cds-2026 Document:57-nq-tw-2024");
        var chain = answer.chains().get(0);
        assertThat(chain.summary())
                .isEqualTo("3100/QĐ-UBND takes 742/QĐ-UBND as its legal basis; 3100/QĐ-UBND implements 742/QĐ-UBND; "
                        + "the plan \"Thực hiện các nhiệm vụ chuyển đổi số và dự toán ngân sách nhà nước năm 2026\" "
                        + "takes 742/QĐ-UBND as its legal basis; the plan \"Thực hiện các nhiệm vụ chuyển đổi số và "
                        + "dự toán ngân sách nhà nước năm 2026\" takes 57-NQ/TW as its legal basis.");
        // up from the city's decision to 742, down to the office plan that also rests on it, up to the resolution
        assertThat(chain.links())
                .containsExactly(
                        "LEGAL_BASIS UP Căn cứ, dòng 3",
                        "IMPLEMENTS UP Tiêu đề",
                        "LEGAL_BASIS DOWN Phần I, I. Căn cứ pháp lý, gạch đầu dòng 14",
                        "LEGAL_BASIS UP Phần I, I. Căn cứ pháp lý, gạch đầu dòng 1");
        var none = graphQl.documentName("relation")
                .variables(Map.of("between", "3100-qd-ubnd-2023", "and", "57-nq-tw-2024", "maxDepth", 2))
                .execute()
                .path("relation")
                .entity(RelationAnswerView.class)
                .get();
        assertThat(none.summary())
                .isEqualTo("No chain of at most 2 steps connects 3100/QĐ-UBND (issued 2023-07-21) and 57-NQ/TW "
                        + "(issued 2024-12-22, after it).");
    }
}
