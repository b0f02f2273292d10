package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Talks said to be about to take place, whose progress a side hopes for, are planned talks. */
class ScheduledTalksHopedForTest {

    private static final String CALL = "美国总统特朗普23日与俄罗斯总统普京通电话。";

    @Test
    void talksAboutToBeHeld_arePlannedBetweenTheSidesOfTheCall() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS, CALL
                + "白宫说，特朗普重申希望避免中国、俄罗斯和美国之间的三方军备竞赛，并期待即将在维也纳举行的军控谈判取得进展。",
                "2020-07-24T02:00:00Z")).singleElement().satisfies(t -> {
                    assertThat(t.countries()).containsExactly("RUS", "USA");
                    assertThat(t.status()).isEqualTo(EventStatus.PLANNED);
                    assertThat(t.persons()).isEmpty();
                    // The call's day, told in the sentence before, is not the day of talks still to come.
                    assertThat(t.dateIsReportDate()).isTrue();
                });
    }

    @Test
    void progressHopedForInTalks_isNoBackReferenceToTheCall() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS, CALL
                + "白宫说，美俄两国期待即将在维也纳举行的军备控制谈判中取得进展。", "2020-07-24T02:00:00Z"))
                .singleElement().satisfies(t -> assertThat(t.countries()).containsExactly("RUS", "USA"));
    }

    @Test
    void talksOnlyWishedFor_areNoEvent() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS, CALL
                + "白宫说，特朗普期待与俄罗斯举行军控谈判。", "2020-07-24T02:00:00Z")).isEmpty();
    }
}
