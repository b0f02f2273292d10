package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 两国 refers to the two states its own sentence has just named, not to the sides of the report before. */
class PairNamedBeforeTest {

    @Test
    void bothStatesAreThoseNamedBeforeInTheSentence() throws Exception {
        assertThat(ExtractionFixture.events(EventType.AGREEMENT, "澳大利亚总理莫里森30日抵达新西兰访问。"
                + "另一方面，新西兰持续加强与中国的经济关系，两国今年签署了双边的自由贸易协定。", "2021-05-31T08:00:00Z"))
                .singleElement().satisfies(agreement -> assertThat(agreement.countries()).containsExactly("CHN", "NZL"));
    }
}
