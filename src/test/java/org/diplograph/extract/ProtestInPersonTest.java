package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A meeting of the persons of a summons, on its day, is the protest lodged at it. */
class ProtestInPersonTest {

    private static final String SUMMONS = "中国外交部副部长郑泽光周三召见美国驻华大使布兰斯塔德，就美国的制裁措施提出了抗议。";
    private static final String PUBLISHED = "2020-07-16T12:00:00Z";

    @Test
    void theOtherSidesMeetingIsTheSummons() throws Exception {
        String body = SUMMONS + "美国驻华使馆周四的声明说，布兰斯塔德周三与郑泽光会面中表达了关切。";
        assertThat(ExtractionFixture.events(EventType.MEETING, body, PUBLISHED)).isEmpty();
        assertThat(ExtractionFixture.events(EventType.PROTEST, body, PUBLISHED)).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "USA"));
    }

    @Test
    void aMeetingOfOtherPersonsThatDayStaysAMeeting() throws Exception {
        String body = SUMMONS + "同一天，美国国务卿蓬佩奥与中国驻美大使崔天凯会面。";
        assertThat(ExtractionFixture.events(EventType.MEETING, body, PUBLISHED)).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "USA"));
    }
}
