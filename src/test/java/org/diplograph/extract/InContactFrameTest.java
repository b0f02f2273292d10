package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 中 right after a contact trigger closes a 在…中 frame, unless it opens the counterpart's name (会见中国…). */
class InContactFrameTest {

    private static final String EARLIER_MEETING = "谢尔曼今年5月在雅加达会见印尼外交部副部长。";

    @Test
    void meetingWithAChineseOfficial_isANewContact() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING, EARLIER_MEETING
                + "美国副国务卿谢尔曼将在天津会见中国外交部副部长谢峰。", "2021-07-14T02:00:00Z"))
                .filteredOn(m -> m.countries().contains("CHN")).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(EventStatus.PLANNED));
    }

    @Test
    void whatWasSaidInTheMeeting_isNoNewContact() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING,
                "美国副国务卿谢尔曼26日在天津会见中国外交部副部长谢峰。谢尔曼在会见中表示，美方希望两国关系稳定。",
                "2021-07-27T02:00:00Z")).singleElement()
                .satisfies(m -> assertThat(m.date()).isEqualTo(LocalDate.of(2021, 7, 26)));
    }
}
