package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The 不 of 不丹, the 未 of 雷克雅未克: characters of a name negate nothing. */
class NegationInNameTest {

    @Test
    void aNameWithANegatingCharacterBeforeTheTriggerLeavesItAnEvent() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS, "印度总理莫迪22日在新德里与不丹首相会谈。",
                "2021-03-23T08:00:00Z")).singleElement().satisfies(talks ->
                assertThat(talks.countries()).containsExactlyInAnyOrder("BTN", "IND"));
    }

    @Test
    void aNegationBetweenTheNamesStillDropsTheEvent() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS, "印度总理莫迪22日在新德里没有与不丹首相会谈。",
                "2021-03-23T08:00:00Z")).isEmpty();
    }
}
