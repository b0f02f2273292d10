package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Encounters counted by their verb (两度会晤) are as many events as the sentence counts. */
class CountedEncountersTest {

    @Test
    void meetingsCountedTwice_areTwoMeetings() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING,
                "王沪宁表示，2025年，中国国家主席习近平和古巴国家主席迪亚斯-卡内尔两度会晤。", "2026-02-05T12:00:00Z"))
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.countries()).containsExactly("CHN", "CUB"));
    }

    @Test
    void meetingNotCounted_isOneMeeting() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING,
                "中国国家主席习近平5日在北京会见古巴国家主席迪亚斯-卡内尔。", "2026-02-05T12:00:00Z"))
                .hasSize(1);
    }
}
