package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who comments on a contact is no side of it. */
class ReactionToContactTest {

    @Test
    void theSideRespondingTo针对AMeetingIsNoSideOfTheMeeting() throws Exception {
        List<DiplomaticEvent> meetings = ExtractionFixture.events(EventType.MEETING,
                "针对美国卫生部长阿扎访问台湾，今天并会晤蔡英文，中国外交部发言人赵立坚今天说，中方已就此提出严正交涉。",
                "2020-08-10T12:00:00Z");
        assertThat(meetings).singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("TWN", "USA"));
    }

    @Test
    void theSideAskedToComment对此IsNoSideOfTheMeeting() throws Exception {
        List<DiplomaticEvent> meetings = ExtractionFixture.events(EventType.MEETING,
                "有媒体询问，美国卫生部长阿扎今天上午会晤了蔡英文，中方对此有何评论？", "2020-08-10T12:00:00Z");
        assertThat(meetings).singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("TWN", "USA"));
    }
}
