package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A dialogue between the sides of a call, told on the day of the call, is the call told again. */
class CallAsDialogueTest {

    private static final String CALL = "印度总理莫迪与英国首相约翰逊11月27日互通电话。";

    @Test
    void dialogueAfterACall_isThatCall() throws Exception {
        var events = ExtractionFixture.events(CALL + "莫迪在推特上写道，“与我的朋友，英国首相约翰逊进行了一次很好的对话。”",
                "2020-11-27T12:00:00Z");
        assertThat(events).extracting(DiplomaticEvent::type).contains(EventType.PHONE_CALL)
                .doesNotContain(EventType.TALKS);
    }

    @Test
    void formalTalksAfterACall_remainTalks() throws Exception {
        var events = ExtractionFixture.events(CALL + "当天两国外长还在新德里举行了会谈。", "2020-11-27T12:00:00Z");
        assertThat(events).extracting(DiplomaticEvent::type).contains(EventType.PHONE_CALL, EventType.TALKS);
    }
}
