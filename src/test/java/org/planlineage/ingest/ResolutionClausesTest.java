package org.planlineage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader on Article 1 and Article 2 of Resolution 1687/NQ-UBTVQH15 (graph-seed/sources/1687_NQ-UBTVQH15.txt):
 * every clause read and counted, the city of Vĩnh Long's wards (clauses 102 to 106) and a sample of others checked
 * by hand against the text, the partial successions, the totals against the clauses, and the dates. A clause reads
 * "number | new unit | predecessors | lines" ({@link Texts#clause}).
 */
class ResolutionClausesTest {

    private static final ReorganisationReading READING =
            ReorganisationReader.read(Texts.source("1687_NQ-UBTVQH15.txt"));

    @Test
    void everyClauseOfArticleOneIsReadAndNothingIsLeftInDoubt() {
        assertThat(READING.clauses()).hasSize(121);
        assertThat(READING.clauses()).extracting(Clause::number).containsExactlyElementsOf(range(1, 121));
        assertThat(READING.reorganisations()).hasSize(120);
        assertThat(READING.clause(121).kind()).isEqualTo(Clause.Kind.TOTALS);
        assertThat(READING.warnings()).isEmpty();
        assertThat(READING.clause(1).lines()).isEqualTo(new LineRange(38, 40));
        assertThat(READING.clause(120).lines()).isEqualTo(new LineRange(481, 483));
        // 355 predecessors are named, each with a kind; every name is words in capitals, nothing glued
        List<Unit> units = READING.reorganisations().stream()
                .flatMap(c -> c.predecessors().stream())
                .map(Predecessor::unit)
                .toList();
        assertThat(units).hasSize(355);
        assertThat(units).allSatisfy(u -> {
            assertThat(u.kind()).isNotNull();
            assertThat(UnitListReader.isName(u.name())).as(u.words()).isTrue();
        });
    }

    @Test
    void theWardsOfTheCityOfVinhLongAreInClauses102To106() {
        assertThat(range(102, 106).stream().map(n -> Texts.clause(READING.clause(n))))
                .containsExactly(
                        "102 | phường Thanh Đức | Phường 5 (thành phố Vĩnh Long); xã Thanh Đức | 407-409",
                        "103 | phường Long Châu | Phường 1 (thành phố Vĩnh Long, shared); Phường 9 (thành phố Vĩnh Long); phường Trường An | 411-413",
                        "104 | phường Phước Hậu | Phường 3 (thành phố Vĩnh Long, shared); Phường 4 (thành phố Vĩnh Long); xã Phước Hậu | 415-417",
                        "105 | phường Tân Hạnh | Phường 8 (thành phố Vĩnh Long); xã Tân Hạnh | 419-421",
                        "106 | phường Tân Ngãi | phường Tân Hòa; phường Tân Hội; phường Tân Ngãi | 423-425");
        Clause longChau = READING.clause(103);
        assertThat(longChau.newUnit().kind()).isEqualTo(UnitKind.WARD);
        assertThat(longChau.newUnit().name()).isEqualTo("Long Châu");
        // "phường Trường Anthành phường mới": the glued "thành" is not part of the name
        assertThat(longChau.predecessors().get(2).unit().words()).isEqualTo("phường Trường An");
        assertThat(longChau.predecessors().get(2).unit().lines()).isEqualTo(LineRange.of(412));
        assertThat(longChau.words())
                .isEqualTo("103. Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của Phường 1 và Phường 9 (thành phố"
                        + " Vĩnh Long), phường Trường Anthành phường mới có tên gọi là phường Long Châu.");
    }

    @Test
    void aSampleOfOtherClausesReadsAsTheTextSays() {
        assertThat(List.of(1, 16, 17, 21, 22, 30, 33, 34, 42, 85, 107, 108, 110, 118, 119).stream()
                        .map(n -> Texts.clause(READING.clause(n))))
                .containsExactly(
                        "1 | xã Cái Nhum | xã An Phước (huyện Mang Thít); xã Chánh An; thị trấn Cái Nhum | 38-40",
                        "16 | xã Trà Ôn | xã Tích Thiện; part of thị trấn Trà Ôn | 94-96",
                        "17 | xã Trà Côn | xã Nhơn Bình; xã Trà Côn; xã Tân Mỹ; part of thị trấn Tam Bình | 98-100",
                        "21 | xã Tam Bình | xã Mỹ Thạnh Trung; rest after 17 of thị trấn Tam Bình | 112-114",
                        "22 | xã Ngãi Tứ | xã Loan Mỹ; xã Bình Ninh; part of xã Ngãi Tứ; rest after 16 of thị trấn Trà Ôn | 116-119",
                        "30 | xã An Trường | xã Tân Bình (huyện Càng Long); xã An Trường A; xã An Trường | 148-150",
                        "33 | xã Bình Phú | xã Bình Phú (huyện Càng Long); xã Đại Phúc; xã Phương Thạnh | 158-160",
                        "34 | xã Châu Thành | thị trấn Châu Thành (huyện Châu Thành, tỉnh Trà Vinh); xã Mỹ Chánh (huyện Châu Thành); xã Thanh Mỹ; xã Đa Lộc | 162-164",
                        "42 | xã Tân Hoà | xã Long Thới (huyện Tiểu Cần); xã Tân Hòa; thị trấn Cầu Quan | 191-193",
                        "85 | xã Mỹ Chánh Hòa | xã Mỹ Hòa; xã Mỹ Chánh (huyện Ba Tri); xã Mỹ Nhơn | 345-347",
                        "107 | phường Bình Minh | xã Thuận An; part of phường Thành Phước; part of phường Cái Vồn | 427-429",
                        "108 | phường Cái Vồn | xã Mỹ Hòa (thị xã Bình Minh); rest after 22 of xã Ngãi Tứ; rest after 107 of phường Thành Phước; rest after 107 of phường Cái Vồn | 431-435",
                        "110 | phường Trà Vinh | Phường 1 (thành phố Trà Vinh, shared); Phường 3 (thành phố Trà Vinh, shared); Phường 9 (thành phố Trà Vinh) | 441-443",
                        "118 | phường Bến Tre | Phường 7 (thành phố Bến Tre, shared); xã Bình Phú (thành phố Bến Tre); xã Thanh Tân | 473-475",
                        "119 | phường Sơn Đông | Phường 6; xã Sơn Đông; xã Tam Phước | 477-479");
    }

    @Test
    void partialSuccessionsAreThePartsAndTheRestsOfSixUnits() {
        List<String> partial = READING.reorganisations().stream()
                .flatMap(c -> c.predecessors().stream()
                        .filter(p -> p.share().partial())
                        .map(p -> c.number() + " " + p.share() + " " + p.unit().fullName()
                                + (p.remainderOfClause() == null ? "" : " after " + p.remainderOfClause())))
                .toList();
        assertThat(partial)
                .containsExactly(
                        "16 PART thị trấn Trà Ôn",
                        "17 PART thị trấn Tam Bình",
                        "21 REMAINDER thị trấn Tam Bình after 17",
                        "22 PART xã Ngãi Tứ",
                        "22 REMAINDER thị trấn Trà Ôn after 16",
                        "107 PART phường Thành Phước",
                        "107 PART phường Cái Vồn",
                        "108 REMAINDER xã Ngãi Tứ after 22",
                        "108 REMAINDER phường Thành Phước after 107",
                        "108 REMAINDER phường Cái Vồn after 107");
        // every rest refers to a clause that takes a part of the same unit
        READING.reorganisations()
                .forEach(c -> c.predecessors().stream()
                        .filter(p -> p.share() == Predecessor.Share.REMAINDER)
                        .forEach(p -> assertThat(
                                        READING.clause(p.remainderOfClause()).predecessors())
                                .anyMatch(q -> q.share() == Predecessor.Share.PART
                                        && q.unit().fullName().equals(p.unit().fullName()))));
    }

    @Test
    void theTotalsOfClause121AgreeWithTheClausesRead() {
        Totals t = READING.totals();
        assertThat(t.clause()).isEqualTo(121);
        assertThat(t.lines()).isEqualTo(new LineRange(485, 488));
        assertThat(List.of(t.units(), t.communes(), t.wards(), t.formedCommunes(), t.formedWards(), t.unchangedCount()))
                .containsExactly(124, 105, 19, 101, 19, 4);
        long communes = READING.reorganisations().stream()
                .filter(c -> c.newUnit().kind() == UnitKind.COMMUNE)
                .count();
        long wards = READING.reorganisations().stream()
                .filter(c -> c.newUnit().kind() == UnitKind.WARD)
                .count();
        assertThat(communes).isEqualTo(t.formedCommunes().longValue());
        assertThat(wards).isEqualTo(t.formedWards().longValue());
        assertThat(t.communes()).isEqualTo(t.formedCommunes() + t.unchanged().size());
        assertThat(t.units()).isEqualTo(t.communes() + t.wards());
        assertThat(t.unchanged())
                .extracting(Unit::fullName, Unit::locality)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("xã Long Hòa", "huyện Châu Thành"),
                        org.assertj.core.groups.Tuple.tuple("xã Đông Hải", null),
                        org.assertj.core.groups.Tuple.tuple("xã Long Vĩnh", null),
                        org.assertj.core.groups.Tuple.tuple("xã Hòa Minh", null));
        // the communes are clauses 1 to 101, the wards 102 to 120
        assertThat(READING.reorganisations().stream()
                        .filter(c -> c.newUnit().kind() == UnitKind.WARD)
                        .map(Clause::number))
                .containsExactlyElementsOf(range(102, 120));
    }

    @Test
    void articleTwoGivesTheDayOfPassingAndEntryIntoForceAndTheDayTheNewGovernmentsStart() {
        assertThat(READING.passedOn())
                .isEqualTo(
                        new Read<>(LocalDate.of(2025, 6, 16), "thông qua ngày 16 tháng 6 năm 2025", LineRange.of(524)));
        assertThat(READING.inForceOn())
                .isEqualTo(new Read<>(
                        LocalDate.of(2025, 6, 16), "có hiệu lực thi hành từ ngày được thông qua", LineRange.of(492)));
        assertThat(READING.effectiveOn())
                .isEqualTo(new Read<>(
                        LocalDate.of(2025, 7, 1),
                        "chính thức hoạt động từ ngày 01 tháng 7 năm 2025",
                        LineRange.of(497)));
        assertThat(READING.document().header().issuedOn().value())
                .isEqualTo(READING.passedOn().value());
    }

    private static List<Integer> range(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
    }
}
