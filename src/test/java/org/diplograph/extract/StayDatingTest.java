package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A contact placed during a stay in a country falls in the period of the visit to it reported before. */
class StayDatingTest {

    @Test
    void meetingDuringAStayInTheCapital_isOnTheVisit() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING,
                "本月，美国气候特使克里访问了印度。在新德里期间，克里会见了俄罗斯外长拉夫罗夫。", "2021-04-15T08:00:00Z"))
                .singleElement().satisfies(m -> {
                    assertThat(m.countries()).containsExactly("RUS", "USA");
                    assertThat(m.date()).isEqualTo(LocalDate.of(2021, 4, 1));
                    assertThat(m.dateIsReportDate()).isFalse();
                });
    }

    @Test
    void meetingDuringAStayNotReported_keepsTheReportDay() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING,
                "在新德里期间，美国气候特使克里会见了俄罗斯外长拉夫罗夫。", "2021-04-15T08:00:00Z"))
                .singleElement().satisfies(m -> assertThat(m.dateIsReportDate()).isTrue());
    }
}
