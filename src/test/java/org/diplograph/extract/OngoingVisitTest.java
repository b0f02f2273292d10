package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An undated visit told as going on is dated by the meeting with the host told after it (OngoingVisit). */
class OngoingVisitTest {

    @Test
    void anOngoingVisitIsDatedByTheMeetingHeldThere() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "正在韩国访问的美国国务卿布林肯说，这轮制裁针对的是中国的最新做法。"
                        + "周三，布林肯与韩国外长郑义溶举行会晤。", "2021-03-18T08:00:00Z"))
                .singleElement().satisfies(e -> {
                    assertThat(e.countries()).containsExactly("KOR", "USA");
                    assertThat(e.date()).isEqualTo(LocalDate.parse("2021-03-17"));
                });
    }

    @Test
    void aVisitNotToldAsGoingOnKeepsTheReportDay() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "访问韩国的美国国务卿布林肯说，这轮制裁针对的是中国的最新做法。"
                        + "周三，布林肯与韩国外长郑义溶举行会晤。", "2021-03-18T08:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.parse("2021-03-18")));
    }
}
