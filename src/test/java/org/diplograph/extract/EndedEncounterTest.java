package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An encounter named by its end (在…结束会晤后表示) is the time of the news, not an event of the sentence. */
class EndedEncounterTest {

    @Test
    void meetingWhoseEndFramesRemarks_isNoEvent() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING,
                "美国国务卿蓬佩奥在与印度外长与防长结束会晤后表示，美印两国将合作。", "2020-10-28T12:00:00Z")).isEmpty();
    }

    @Test
    void meetingReportedInItsOwnRight_isKept() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING,
                "美国国务卿蓬佩奥27日在新德里会见印度外长苏杰生。", "2020-10-28T12:00:00Z"))
                .extracting(DiplomaticEvent::countries).containsExactly(java.util.List.of("IND", "USA"));
    }
}
