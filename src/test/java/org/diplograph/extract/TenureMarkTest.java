package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A leader whose taking office marks the time a contact is counted from takes no part in it. */
class TenureMarkTest {

    @Test
    void leaderMarkingTheTime_isNoParticipant() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS,
                "中美高层官员周四将在阿拉斯加举行会谈，这是美国总统拜登就任以来，两国高级官员首次进行面对面会谈。",
                "2021-03-17T02:00:00Z")).singleElement()
                .satisfies(t -> assertThat(t.persons()).extracting(Participant::name).doesNotContain("拜登"));
    }

    @Test
    void leaderCallingForTheFirstTimeSinceTakingOffice_isAParticipant() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PHONE_CALL,
                "美国总统拜登上任后第一次和中国国家主席习近平通话。", "2021-02-11T02:00:00Z")).singleElement()
                .satisfies(c -> assertThat(c.persons()).extracting(Participant::name).contains("拜登", "习近平"));
    }
}
