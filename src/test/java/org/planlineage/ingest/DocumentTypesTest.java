package org.planlineage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planlineage.document.DocumentType;

/** Types from words and from number forms; issuers a number's form states; the seed's keys. */
class DocumentTypesTest {

    @ParameterizedTest
    @CsvSource({
        "742/QĐ-UBND, DECISION",
        "147-KH/TU, PLAN",
        "07-NQ/TU, PARTY_RESOLUTION",
        "57-NQ/TW, PARTY_RESOLUTION",
        "71/NQ-CP, GOVERNMENT_RESOLUTION",
        "1687/NQ-UBTVQH15, LEGISLATIVE_RESOLUTION",
        "76/2025/UBTVQH15, ",
        "12/2023/NQ-HĐND, LEGISLATIVE_RESOLUTION",
        "47/2020/NĐ-CP, DECREE",
        "28/2018/QĐ-TTg, DECISION",
        "14/CT-TTg, DIRECTIVE",
        "02/2024/TT-BKHCN, CIRCULAR",
        "321/TTr-PVH&TT, SUBMISSION",
        "445/BC-UBPLTP15, REPORT",
        "337/ĐA-CP, PROGRAMME",
        "3782/UBND-VX, DISPATCH",
        "388/SKHCN-CĐS, DISPATCH",
        "……../KH-VPUBND, PLAN"
    })
    void aNumbersFormGivesItsType(String number, DocumentType type) {
        assertThat(DocumentTypes.ofNumber(number)).isEqualTo(type);
    }

    @Test
    void aNationalAssemblyNumberDoesNotTellALawFromAResolution() {
        assertThat(DocumentTypes.ofNumber("67/2006/QH11")).isNull();
        assertThat(DocumentTypes.ofWords("Luật", "67/2006/QH11")).isEqualTo(DocumentType.LAW);
        assertThat(DocumentTypes.ofWords("Nghị quyết", "202/2025/QH15")).isEqualTo(DocumentType.LEGISLATIVE_RESOLUTION);
        assertThat(DocumentTypes.ofWords("Nghị quyết", "76/2025/UBTVQH15"))
                .isEqualTo(DocumentType.LEGISLATIVE_RESOLUTION);
        assertThat(DocumentTypes.ofWords("Nghị quyết", null)).isEqualTo(DocumentType.OTHER);
    }

    @ParameterizedTest
    @CsvSource({
        "Báo cáo thẩm tra, , REPORT",
        "KẾ HOẠCH HÀNH ĐỘNG, , PLAN",
        "QUYẾT ĐỊNH, , DECISION",
        "Hiến pháp, , LAW",
        "QĐ, 2949/QĐ-UBND, DECISION",
        "Đề án, , PROGRAMME",
        "Thông báo, , OTHER"
    })
    void wordsGiveTheirType(String words, String number, DocumentType type) {
        assertThat(DocumentTypes.ofWords(words, number)).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource({
        "Luật, 67/2006/QH11, Quốc hội",
        "Nghị quyết, 76/2025/UBTVQH15, Ủy ban Thường vụ Quốc hội",
        "Nghị định, 47/2020/NĐ-CP, Chính phủ",
        "Quyết định, 749/QĐ-TTg, Thủ tướng Chính phủ",
        "Luật, , Quốc hội",
        "Hiến pháp, , Quốc hội"
    })
    void someNumbersAndLawsStateTheirIssuer(String words, String number, String issuer) {
        assertThat(DocumentTypes.impliedIssuer(words, number)).isEqualTo(issuer);
    }

    @Test
    void otherNumbersStateNoIssuer() {
        assertThat(DocumentTypes.impliedIssuer("Quyết định", "742/QĐ-UBND")).isNull();
        assertThat(DocumentTypes.impliedIssuer("Nghị quyết", "57-NQ/TW")).isNull();
        assertThat(DocumentTypes.impliedIssuer("Kế hoạch", null)).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "742/QĐ-UBND, 2023, 742-qd-ubnd-2023",
        "147-KH/TU, 2023, 147-kh-tu-2023",
        "67/2006/QH11, 2006, 67-2006-qh11",
        "47/2020/NĐ-CP, , 47-2020-nd-cp",
        "321/TTr-PVH&TT, 2023, 321-ttr-pvh-tt-2023",
        "6074/BTTTT-CĐSQG, 2023, 6074-btttt-cdsqg-2023"
    })
    void keysAreTheSeeds(String number, Integer year, String key) {
        assertThat(DocumentKeys.of(number, year)).isEqualTo(key);
    }

    @Test
    void aKeyNeedsAYearWhenTheNumberHasNone() {
        assertThat(DocumentKeys.of("57-NQ/TW", null)).isNull();
        assertThat(DocumentKeys.of(null, 2025)).isNull();
    }
}
