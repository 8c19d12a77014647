package org.planlineage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The reorganisation reader on a hand-written resolution (src/test/resources/ingest/sap-xep-mau.txt): glued words,
 * names and numbers wrapped over lines, a unit kept as it is, a clause of a form the reader does not know, totals that
 * do not add up, and an explicit date of entry into force.
 */
class ReorganisationSampleTest {

    private static final ReorganisationReading READING = ReorganisationReader.read(Texts.resource("sap-xep-mau.txt"));

    @Test
    void clausesAreReadThroughGluedWordsAndWrappedLines() {
        assertThat(READING.clauses().stream().map(Texts::clause))
                .containsExactly(
                        "1 | xã Bình Yên | xã An Lạc; xã Bình Yên; xã Hòa Thuận | 18-19",
                        "2 | phường Tân Thành | Phường 2 (thành phố Mẫu, shared); Phường 3 (thành phố Mẫu); part of xã"
                                + " Tân Thành | 21-23",
                        "3 | xã Phú Mỹ | xã Phú Mỹ; rest after 2 of xã Tân Thành | 25-27",
                        "4 | xã Long Hưng | xã Long Hưng | 29",
                        "5 | - |  | 31",
                        "6 | - |  | 33-35");
        assertThat(READING.clauses())
                .extracting(Clause::kind)
                .containsExactly(
                        Clause.Kind.REORGANISATION,
                        Clause.Kind.REORGANISATION,
                        Clause.Kind.REORGANISATION,
                        Clause.Kind.UNCHANGED,
                        Clause.Kind.UNREAD,
                        Clause.Kind.TOTALS);
    }

    @Test
    void whatCannotBeReadOrDoesNotAddUpIsAWarningAndNothingIsCorrected() {
        assertThat(READING.warnings())
                .extracting(Warning::kind, Warning::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                Warning.Kind.CLAUSE_UNREAD, "a clause of a form the reader does not know"),
                        org.assertj.core.groups.Tuple.tuple(
                                Warning.Kind.TOTALS,
                                "the totals clause says 4, the reading finds 3 (communes formed and kept)"),
                        org.assertj.core.groups.Tuple.tuple(
                                Warning.Kind.TOTALS,
                                "the totals clause says 6, the reading finds 5 (communes and wards)"));
        assertThat(READING.warnings().get(0).words())
                .isEqualTo("5. Thành lập thị trấn Cồn Cát trên cơ sở toàn bộ diện tích của xã Cồn Cát.");
        assertThat(READING.totals().units()).isEqualTo(6);
        assertThat(READING.totals().communes()).isEqualTo(4);
    }

    @Test
    void anExplicitDateOfEntryIntoForceIsReadAsWritten() {
        assertThat(READING.inForceOn())
                .isEqualTo(new Read<>(
                        LocalDate.of(2025, 7, 1),
                        "có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025",
                        LineRange.of(39)));
        assertThat(READING.effectiveOn().value()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(READING.passedOn())
                .isEqualTo(new Read<>(
                        LocalDate.of(2025, 6, 20), "thông qua ngày 20 tháng 6 năm 2025", new LineRange(44, 45)));
    }

    @Test
    void aTextWithoutArticleOneHasNoClauses() {
        ReorganisationReading r = ReorganisationReader.read(Texts.resource("khong-tieu-de.txt"));
        assertThat(r.clauses()).isEmpty();
        assertThat(r.totals()).isNull();
        assertThat(r.warnings()).extracting(Warning::kind).containsExactly(Warning.Kind.CLAUSE_UNREAD);
    }
}
