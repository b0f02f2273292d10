package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The place a trip's stop is named as is a country visited (FirstStop). */
class FirstStopTest {

    @Test
    void theFirstStopOfATripIsAVisitToThatCountry() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "伊拉克总理哈德米先前计划，他的首次海外出访的第一站为沙乌地阿拉伯。", "2020-07-21T08:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("IRQ", "SAU"));
    }

    @Test
    void aStopNamedByItsCapitalIsAVisitToItsCountry() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "美国国务卿蓬佩奥访问的第一站是东京。", "2020-10-02T08:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("JPN", "USA"));
    }

    @Test
    void aTripDescribedOtherwiseStaysAModifier() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "伊拉克总理哈德米出访的安排引起关注。", "2020-07-21T08:00:00Z")).isEmpty();
    }
}
