package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lunar festivals named instead of a date resolve to their Gregorian day, the latest not after the report. */
class LunarFestivalTest {

    private static List<DateMention> find(String text, LocalDate reported, boolean planned) {
        return DateResolver.find(text, 0, text.length(), reported, planned);
    }

    @Test
    void newYearsEve_isTheLatestBeforeTheReport() {
        assertThat(find("两国元首除夕通话", LocalDate.of(2021, 6, 11), false))
                .singleElement().satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2021, 2, 11)));
        // Read in January, before the year's festival, 除夕 is last year's.
        assertThat(find("两国元首除夕通话", LocalDate.of(2021, 1, 20), false))
                .singleElement().satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2020, 1, 24)));
    }

    @Test
    void festivalStillToCome_isTheNextOne() {
        assertThat(find("将于中秋节访华", LocalDate.of(2023, 8, 1), true))
                .singleElement().satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2023, 9, 29)));
    }

    @Test
    void yearWord_namesTheFestivalsYear() {
        assertThat(find("去年元宵节会见", LocalDate.of(2024, 6, 1), false))
                .singleElement().satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2023, 2, 5)));
    }

    @Test
    void timeBeforeOrDuringTheFestival_isNoDay() {
        assertThat(find("习近平春节前夕视察部队，春节期间", LocalDate.of(2024, 2, 7), false)).isEmpty();
    }

    @Test
    void callOnNewYearsEve_isDatedByIt() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PHONE_CALL,
                "中方敦促美方按照两国元首除夕通话精神，推动中美关系重回正确发展轨道。", "2021-06-11T08:00:00Z"))
                .singleElement().satisfies(c -> {
                    assertThat(c.countries()).containsExactly("CHN", "USA");
                    assertThat(c.date()).isEqualTo(LocalDate.of(2021, 2, 11));
                });
    }
}
