package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Messages addressed to a gathering, and what they are quoted as saying, are no messages between states. */
class GreetingToGatheringTest {

    private static final String GREETING = "9月28日，国家主席习近平同阿根廷总统费尔南德斯分别向中国阿根廷人文交流高端论坛致贺信。";

    @Test
    void leadersGreetingAForumEachSendNoMessageToTheOther() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MESSAGE, GREETING, "2022-09-29T08:00:00Z")).isEmpty();
    }

    @Test
    void whatTheGreetingSaysIsNoNewMessage() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MESSAGE,
                GREETING + "费尔南德斯在贺信中表示，阿中两国已携手走过半个世纪。", "2022-09-29T08:00:00Z")).isEmpty();
    }

    @Test
    void aMessageToALeaderIsStillOne() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MESSAGE,
                "9月28日，国家主席习近平向阿根廷总统费尔南德斯致贺信，祝贺中阿建交50周年。", "2022-09-29T08:00:00Z"))
                .singleElement().satisfies(message ->
                        assertThat(message.countries()).containsExactlyInAnyOrder("ARG", "CHN"));
    }
}
