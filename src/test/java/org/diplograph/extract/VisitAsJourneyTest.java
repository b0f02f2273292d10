package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What follows a visit's report is its topic only where it speaks of the trip again. */
class VisitAsJourneyTest {

    @Test
    void backgroundAfterAVisit_isNoTopicOfIt() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "美国副国务卿克拉奇周四抵达台湾台北，讨论经济合作。"
                        + "中国声称台湾是自己的领土，反对他国与台湾有任何形式的正式往来。",
                "2020-09-18T08:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.topics())
                        .contains("economic-cooperation").doesNotContain("territorial-disputes"));
    }

    @Test
    void theAimOfTheTripToldAfterIt_isItsTopic() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "美国副国务卿克拉奇周四抵达台湾台北，讨论经济合作。"
                        + "克拉奇表示，此行也将讨论能源议题。",
                "2020-09-18T08:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.topics())
                        .contains("economic-cooperation", "energy"));
    }
}
