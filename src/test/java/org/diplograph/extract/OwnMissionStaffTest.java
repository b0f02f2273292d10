package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An ambassador's video conference with the staff of his country's missions abroad is no contact between states. */
class OwnMissionStaffTest {

    @Test
    void ambassadorMeetingMissionStaff_isNoContact() throws Exception {
        assertThat(ExtractionFixture.events(
                "同一天，美国驻华大使布兰斯塔德与驻华使领馆员工召开了视频会议，讨论外交官返华的安排。",
                "2020-07-02T08:00:00Z")).filteredOn(e -> e.type().conversation() || e.type() == EventType.SUMMIT)
                .isEmpty();
    }

    @Test
    void ambassadorMeetingTheHostsMinister_isAContact() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PHONE_CALL,
                "同一天，美国驻华大使布兰斯塔德与中国外交部副部长乐玉成召开了视频会议。", "2020-07-02T08:00:00Z"))
                .singleElement().satisfies(c -> assertThat(c.countries()).containsExactly("CHN", "USA"));
    }
}
