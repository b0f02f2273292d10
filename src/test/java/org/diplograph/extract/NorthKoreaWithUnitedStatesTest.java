package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A contact between North Korea and the United States is about the peninsula's nuclear issue. */
class NorthKoreaWithUnitedStatesTest {

    private static final String PENINSULA = "korean-peninsula-nuclear";

    @Test
    void aSummitOfTheTwo_isAboutTheNuclearIssue() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING,
                "2018年6月12日，金正恩与美国总统特朗普在新加坡举行了历史性的朝美首脑会议。", "2021-07-11T12:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.topics()).contains(PENINSULA));
    }

    @Test
    void northKoreaWithAnotherState_isNot() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING,
                "2019年4月25日，金正恩与俄罗斯总统普京在符拉迪沃斯托克举行了会晤。", "2021-07-11T12:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.topics()).doesNotContain(PENINSULA));
    }
}
