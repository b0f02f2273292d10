package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A contact framing the opening of its sentence (在与X的会晤中) has the subject of the sentence before as its other side. */
class FramingContactSubjectTest {

    @Test
    void aMeetingFramedWithOneSideIsWithTheSubjectBefore() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING,
                "白俄罗斯总统卢卡申科说，他早就同习近平相识。在与习近平的会晤中，习近平提到可帮白俄罗斯开发武器。",
                "2020-08-14T08:00:00Z"))
                .singleElement().satisfies(e -> {
                    assertThat(e.countries()).containsExactly("BLR", "CHN");
                    assertThat(e.persons()).extracting(Participant::name).contains("卢卡申科", "习近平");
                });
    }

    @Test
    void withoutASubjectBeforeTheFramedMeetingHasOneSideOnly() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING,
                "两国关系近年来十分密切。在与习近平的会晤中，习近平提到可帮白俄罗斯开发武器。",
                "2020-08-14T08:00:00Z")).isEmpty();
    }
}
