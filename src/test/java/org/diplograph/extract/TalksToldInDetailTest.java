package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An encounter told as a meeting before the outlet's lead, and as talks in the lead, is talks. */
class TalksToldInDetailTest {

    private static final String LEAD = "(德国之声中文网) 澳大利亚总理莫里森30日抵达新西兰，31日将与新西兰总理阿德恩举行会谈。";

    @Test
    void meetingToldBeforeTheLead_isTheTalksOfTheLead() throws Exception {
        assertThat(ExtractionFixture.events("澳大利亚与新西兰的元首31日将在新西兰会晤。</p><p>" + LEAD,
                "2021-05-31T01:47:00Z")).filteredOn(e -> e.type().encounter()).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EventType.TALKS));
    }

    @Test
    void meetingToldInTheLead_staysAMeeting() throws Exception {
        assertThat(ExtractionFixture.events("(德国之声中文网) 澳大利亚总理莫里森31日在新西兰会晤新西兰总理阿德恩。</p><p>"
                + "莫里森31日与新西兰总理阿德恩举行了会谈。", "2021-05-31T10:00:00Z"))
                .filteredOn(e -> e.type().encounter()).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(EventType.MEETING));
    }
}
