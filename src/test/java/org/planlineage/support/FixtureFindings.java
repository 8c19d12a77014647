package org.planlineage.support;

import java.util.List;

/**
 * The findings of the narrative fixture's findings story (fixture-seed/README.md), in the stable order of the
 * {@code findings} query: what the query, the CSV export and the documentation of the fixture all answer.
 */
public final class FixtureFindings {

    private FixtureFindings() {}

    public static final List<String> ALL = List.of(
            "WEAKER_THAN_UPPER/2025/kh-400-2023:1/qd-300-2023:1",
            "WEAKER_THAN_UPPER/2024/qd-200-2022:1/qd-100-2022:1",
            "STRONGER_THAN_UPPER/2024/kh-400-2023:1/qd-300-2023:1",
            "TARGET_FALLS/2025/kh-400-2023:1/2024",
            "TARGET_BELOW_RESULT/2024/kh-60-2023:1/2023",
            "TARGET_BELOW_RESULT/2024/kh-60-2023:2/2023",
            "MISSING_COUNTERPART/2024/kh-400-2023/qd-100-2022:1",
            "MISSING_COUNTERPART/2024/kh-400-2023/qd-300-2023:2",
            "MISSING_COUNTERPART/2025/kh-400-2023/qd-300-2023:2",
            "MISSING_COUNTERPART/2024/qd-200-2022/qd-300-2023:1",
            "MISSING_COUNTERPART/2024/qd-200-2022/qd-300-2023:2",
            "BASIS_ISSUED_LATER/cv-1-2022/LEGAL_BASIS/cv-2-2022",
            "BASIS_ISSUED_LATER/kh-400-2023:2/LEGAL_BASIS/kh-60-2023",
            "ASSIGNED_TO_FORMER_UNIT/kh-400-2023:1/COOPERATING/cac-phong-tp",
            "ASSIGNED_TO_FORMER_UNIT/qd-200-2022:2/LEAD/phong-cu",
            "UNRESOLVED_ASSIGNMENT/kh-400-2023:2/LEAD");
}
