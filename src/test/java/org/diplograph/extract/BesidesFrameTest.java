package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Those named inside 除…外 take no part in the acts of the sentence. */
class BesidesFrameTest {

    @Test
    void thoseSetAsideBy除外AreNoParticipantsOfTheMeeting() throws Exception {
        List<DiplomaticEvent> meetings = ExtractionFixture.events(EventType.MEETING,
                "德国外长马斯周四抵达以色列。除内塔尼亚胡和阿什肯纳齐外，马斯还会晤以色列总统里夫林。",
                "2021-05-20T12:00:00Z");
        assertThat(meetings).singleElement()
                .satisfies(e -> assertThat(e.persons()).extracting(Participant::name)
                        .containsExactlyInAnyOrder("马斯", "里夫林"));
    }

    @Test
    void aCountrySetAsideBy除外IsNoHostOfTheVisit() throws Exception {
        List<DiplomaticEvent> visits = ExtractionFixture.events(EventType.VISIT,
                "除柬埔寨外，中国外长王毅此次也将访问马来西亚。", "2020-10-12T12:00:00Z");
        assertThat(visits).singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "MYS"));
    }
}
