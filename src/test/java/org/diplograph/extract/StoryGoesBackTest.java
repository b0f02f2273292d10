package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A sentence after a contact that opens by going back in time tells background, not the contact's topics. */
class StoryGoesBackTest {

    private static final String CALL = "中国国家主席习近平28日与俄罗斯总统普京通电话，讨论双边关系。";

    @Test
    void whatHappenedInRecentYears_isNoTopicOfTheCall() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PHONE_CALL,
                CALL + "近年来，中国在南海和台湾海峡进行越来越频繁的军事行动。", "2021-06-29T08:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.topics())
                        .contains("bilateral-relations").doesNotContain("south-china-sea", "taiwan"));
    }

    @Test
    void anEarlierYear_isNoTopicOfTheCall() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PHONE_CALL,
                CALL + "2017年，两国曾就南海问题发生争执。", "2021-06-29T08:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.topics()).doesNotContain("south-china-sea"));
    }

    @Test
    void whatFollowsInTheSameTime_isStillItsTopic() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PHONE_CALL,
                CALL + "两国元首还就南海问题交换了意见。", "2021-06-29T08:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.topics()).contains("south-china-sea"));
    }
}
