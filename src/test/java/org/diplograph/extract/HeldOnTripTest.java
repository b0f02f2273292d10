package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Meetings held on a trip the headline names share the headline's topics. */
class HeldOnTripTest {

    @Test
    void aMeetingOnTheHeadlineTrip_takesItsTopics() throws Exception {
        assertThat(ExtractionFixture.events("德外长访问以色列 讨论加沙局势", "德国外长马斯20日还会晤以色列总统里夫林。",
                "2021-05-20T15:00:00Z")).filteredOn(e -> e.type() == EventType.MEETING)
                .singleElement().satisfies(meeting -> assertThat(meeting.topics()).contains("middle-east"));
    }

    @Test
    void aMeetingUnderAHeadlineOfAnotherAct_takesNoTopicsFromIt() throws Exception {
        assertThat(ExtractionFixture.events("德国召见以色列大使 抗议加沙空袭", "德国外长马斯20日还会晤法国外长勒德里昂。",
                "2021-05-20T15:00:00Z")).filteredOn(e -> e.type() == EventType.MEETING)
                .singleElement().satisfies(meeting -> assertThat(meeting.topics()).doesNotContain("middle-east"));
    }
}
