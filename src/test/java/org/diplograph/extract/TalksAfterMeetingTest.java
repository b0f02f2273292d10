package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A meeting with the host's leader and talks with others after it, told in one sentence, are two encounters. */
class TalksAfterMeetingTest {

    private static final String PUBLISHED = "2020-10-28T12:00:00Z";

    @Test
    void talksHeldAfterTheMeetingAreAnEventOfTheirOwn() throws Exception {
        String body = "蓬佩奥10月27日抵达斯里兰卡，10月28日会见了斯里兰卡总统拉贾帕克萨，并与外长和其他斯里兰卡高级官员举行会谈。";
        assertThat(ExtractionFixture.events(EventType.MEETING, body, PUBLISHED)).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("LKA", "USA"));
        assertThat(ExtractionFixture.events(EventType.TALKS, body, PUBLISHED)).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("LKA", "USA"));
    }

    @Test
    void talksWithTheSamePersonStayOneEncounter() throws Exception {
        String body = "蓬佩奥10月28日会见了斯里兰卡总统拉贾帕克萨，并与其举行会谈。";
        assertThat(ExtractionFixture.events(body, PUBLISHED))
                .filteredOn(e -> e.type() == EventType.MEETING || e.type() == EventType.TALKS)
                .hasSize(1);
    }
}
