package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Messages to a gathering, and what a message says, are no messages between states. */
class MessageToGatheringTest {

    @Test
    void messagesToAForum_areNoMessageBetweenTheSenders() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MESSAGE,
                "9月28日，国家主席习近平同阿根廷总统费尔南德斯分别向中国阿根廷人文交流高端论坛致贺信。"
                        + "费尔南德斯在贺信中表示，阿中两国已携手走过半个世纪。",
                "2022-09-29T12:00:00Z")).isEmpty();
    }

    @Test
    void messageToALeader_isStillOne() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MESSAGE,
                "9月28日，国家主席习近平向阿根廷总统费尔南德斯致贺信。习近平在贺信中表示，两国友谊源远流长。",
                "2022-09-29T12:00:00Z")).singleElement().extracting(DiplomaticEvent::countries)
                .asList().containsExactly("ARG", "CHN");
    }
}
