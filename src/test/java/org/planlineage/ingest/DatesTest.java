package org.planlineage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Both forms of a Vietnamese date, and the words that are no date. */
class DatesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ngày 21 tháng 7 năm 2023 | 2023-07-21",
                "ngày 06/4/2023           | 2023-04-06",
                "05/3/2024                | 2024-03-05",
                "ngày 10/04/2007          | 2007-04-10",
                "21-7-2023                | 2023-07-21",
                "ngày 09 tháng 05 năm 2025| 2025-05-09"
            })
    void readsBothForms(String words, LocalDate date) {
        assertThat(parse(words)).isEqualTo(new Dates.Parsed(date, false, false));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"ngày … tháng 8 năm 2025", "ngày ... tháng 12 năm 2024", "……/8/2025"})
    void aBlankDayIsNoDate(String words) {
        assertThat(parse(words)).isEqualTo(new Dates.Parsed(null, true, false));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"31/02/2024", "ngày 12 tháng 13 năm 2024", "ngày 0 tháng 5 năm 2024"})
    void wordsThatNoCalendarHasAreNoDate(String words) {
        Dates.Parsed parsed = parse(words);
        assertThat(parsed).isEqualTo(new Dates.Parsed(null, false, true));
        assertThat(Dates.warning(parsed, words, LineRange.of(1)).kind()).isEqualTo(Warning.Kind.DATE_UNREADABLE);
    }

    private static Dates.Parsed parse(String words) {
        Matcher m = Dates.ANY.matcher(words.strip());
        assertThat(m.find()).as(words).isTrue();
        return Dates.parse(m);
    }
}
