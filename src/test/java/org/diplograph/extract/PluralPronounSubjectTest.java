package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 他们 opening a sentence stands for the two persons the sentence before opens with. */
class PluralPronounSubjectTest {

    private static final String PAIR = "解振华和克里曾在早期的几轮气候谈判中会面，自担任新职务以来一直保持联系。";

    @Test
    void theyAreTheTwoPersonsJoinedAsTheSubjectBefore() throws Exception {
        var summits = ExtractionFixture.events(EventType.SUMMIT,
                PAIR + "他们还一起出现在3月31日举行的“气候行动部长级会议”上。", "2021-04-15T08:00:00Z");
        assertThat(summits).singleElement().satisfies(e -> {
            assertThat(e.countries()).containsExactly("CHN", "USA");
            assertThat(e.persons()).extracting(Participant::name).contains("解振华", "克里");
        });
    }

    @Test
    void onePersonBeforeMakesNoPair() throws Exception {
        var summits = ExtractionFixture.events(EventType.SUMMIT,
                "克里曾在早期的几轮气候谈判中发挥作用。他们还一起出现在3月31日举行的“气候行动部长级会议”上。",
                "2021-04-15T08:00:00Z");
        assertThat(summits).isEmpty();
    }
}
