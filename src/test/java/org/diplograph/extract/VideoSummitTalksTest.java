package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Talks told undated after a video summit between the same sides are that summit, held as a call. */
class VideoSummitTalksTest {

    private static final String SUMMIT = "6月22日，欧洲理事会主席米歇尔和欧盟委员会主席冯德莱恩与中国国家主席习近平举行视频峰会。";

    @Test
    void undatedTalksOfTheSidesOfAVideoSummitAreThatSummit() throws Exception {
        var events = ExtractionFixture.events(SUMMIT
                + "</p><p>欧洲官员说，双方的会谈包括国有企业补贴和市场准入，但进展不大。", "2020-06-23T12:00:00Z");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.PHONE_CALL);
            assertThat(e.evidence()).hasSize(2);
        });
    }

    @Test
    void talksOnADayOfTheirOwnAreOtherTalks() throws Exception {
        var events = ExtractionFixture.events(SUMMIT
                + "</p><p>6月24日，中国和欧盟官员在布鲁塞尔举行会谈。", "2020-06-25T12:00:00Z");
        assertThat(events).extracting(DiplomaticEvent::type).contains(EventType.PHONE_CALL, EventType.TALKS);
    }
}
