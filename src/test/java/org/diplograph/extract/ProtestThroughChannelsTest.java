package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A protest lodged through channels does not take the day of a meeting between the same sides told before it. */
class ProtestThroughChannelsTest {

    private static final String PUBLISHED = "2020-09-11T08:00:00Z";
    private static final String MEETING = "中国外长王毅10日在莫斯科会见印度外长苏杰生。";

    @Test
    void protestThroughChannels_isNotDatedByTheMeeting() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                MEETING + "</p><p>中国外交部称已通过外交和军事渠道向印方提出严正交涉。", PUBLISHED))
                .singleElement().satisfies(e -> assertThat(e.dateIsReportDate()).isTrue());
    }

    @Test
    void protestWithoutChannels_stillTakesTheDayOfTheMeeting() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                MEETING + "</p><p>中国外交部称已向印方提出严正交涉。", PUBLISHED))
                .singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2020, 9, 10)));
    }
}
