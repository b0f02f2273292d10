package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A summit of two sides is a meeting, unless its sentence says talks were held at it. */
class TalksAtSummitTest {

    @Test
    void summitOfTwoWhereTalksAreHeld_isTalks() throws Exception {
        var events = ExtractionFixture.events("2019年2月27日，美朝峰会进入第二回合：金正恩和特朗普抵达河内举行会谈。",
                "2019-02-28T08:00:00Z");
        assertThat(events).extracting(DiplomaticEvent::type).contains(EventType.TALKS).doesNotContain(EventType.MEETING);
    }

    @Test
    void summitOfTwoAlone_remainsAMeeting() throws Exception {
        var events = ExtractionFixture.events("2018年6月12日，金正恩与美国总统特朗普在新加坡举行了历史性的朝美首脑会议。",
                "2018-06-13T08:00:00Z");
        assertThat(events).extracting(DiplomaticEvent::type).contains(EventType.MEETING).doesNotContain(EventType.TALKS);
    }
}
