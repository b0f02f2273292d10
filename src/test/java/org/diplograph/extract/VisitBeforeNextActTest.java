package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A visit named only as the time after which another act came does not take what that act discussed. */
class VisitBeforeNextActTest {

    private static final String REPORT = "美国国务卿和国防部长刚刚访问日本和韩国后，美国再邀请日本和韩国国安最高官员赴美，"
            + "在周五举行三方会谈，探讨有关朝鲜、疫情、南海等问题。";

    @Test
    void theVisitBeforeTheTalks_takesNoneOfTheirTopics() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT, REPORT, "2021-04-01T08:00:00Z"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.topics()).doesNotContain("south-china-sea", "covid-19"));
    }

    @Test
    void theTalks_keepThem() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS, REPORT, "2021-04-01T08:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.topics()).contains("south-china-sea", "covid-19"));
    }
}
