package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A gathering named by its quoted title is a summit, though the text names only two of its states. */
class QuotedGatheringTest {

    @Test
    void aQuotedConferenceWithTwoStatesNamedStaysASummit() throws Exception {
        var events = ExtractionFixture.events(
                "中国气候特使解振华和美国气候特使克里3月31日出席了被称为“气候行动部长级会议”的虚拟会议。",
                "2021-04-15T08:00:00Z");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.SUMMIT);
            assertThat(e.countries()).containsExactly("CHN", "USA");
        });
    }

    @Test
    void aTitleCountingTwoSidesIsNoSummit() throws Exception {
        var events = ExtractionFixture.events("美国与日本的外交与国防首长3月16日在东京举行“2+2会议”。",
                "2021-03-16T08:00:00Z");
        assertThat(events).extracting(DiplomaticEvent::type).doesNotContain(EventType.SUMMIT);
    }
}
