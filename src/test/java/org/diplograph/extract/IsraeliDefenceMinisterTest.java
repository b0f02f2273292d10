package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Benny Gantz, Israel's defence minister of 2020–2022, is a known person. */
class IsraeliDefenceMinisterTest {

    @Test
    void gantzMetByAVisitingMinisterIsAnIsraeliSideOfTheMeeting() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING,
                "德国外长马斯20日在耶路撒冷会晤以色列国防部长甘茨。", "2021-05-20T08:00:00Z"))
                .singleElement().satisfies(meeting -> {
                    assertThat(meeting.countries()).containsExactly("DEU", "ISR");
                    assertThat(meeting.persons()).anySatisfy(p -> {
                        assertThat(p.name()).isEqualTo("甘茨");
                        assertThat(p.position()).contains("defense-minister");
                        assertThat(p.country()).contains("ISR");
                    });
                });
    }
}
