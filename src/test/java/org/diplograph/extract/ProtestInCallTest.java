package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A protest voiced in a call between the same sides on its day is part of the call. */
class ProtestInCallTest {

    private static final String CALL = "7月28日，国务委员兼外长王毅应约同英国外交大臣拉布通电话。"
            + "王毅就涉港问题再次阐述了中国的原则立场，指出香港是中国的香港。";

    @Test
    void aProtestBetweenTheSidesOfTheDaysCallIsPartOfIt() throws Exception {
        assertThat(ExtractionFixture.events(CALL + "英国近期就香港国安法的一系列言行，违反了国际关系基本准则，中国坚决反对。",
                "2020-07-29T08:00:00Z")).extracting(DiplomaticEvent::type).containsExactly(EventType.PHONE_CALL);
    }

    @Test
    void aProtestAgainstAnotherStateStaysAnEvent() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST, CALL + "7月28日，中国外交部就美国对台军售向美方提出严正交涉。",
                "2020-07-29T08:00:00Z")).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "USA"));
    }
}
