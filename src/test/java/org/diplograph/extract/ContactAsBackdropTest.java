package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A sentence naming a contact only as the moment of something else tells that something else. */
class ContactAsBackdropTest {

    @Test
    void disputesAtTheTimeOfAVisit_areNoTopicsOfIt() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "美国气候特使克里本周访问中国，讨论气候变化问题。"
                        + "克里访华之际，美中正陷入日益激烈的争端，两国因新疆政策以及在南海的军事行动产生分歧。",
                "2021-04-16T08:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.topics())
                        .contains("climate-change").doesNotContain("xinjiang", "south-china-sea"));
    }

    @Test
    void whatWasDoneDuringAVisit_isItsTopic() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "美国气候特使克里本周访问中国，讨论气候变化问题。"
                        + "克里访华期间，双方还就南海问题交换了意见。",
                "2021-04-16T08:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.topics()).contains("climate-change", "south-china-sea"));
    }
}
