package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 你 in a leader's words at a meeting is the other side of that meeting (AddressedCounterpart). */
class AddressedCounterpartTest {

    private static final String MEETING = "当地时间11月19日上午，国家主席习近平在里约热内卢会见德国总理朔尔茨。"
            + "习近平指出，今年4月你访问中国，我们进行了坦诚深入、富有成效的交流。"
            + "中德双方应当深化经贸合作。";

    @Test
    void aVisitRecalledToTheAddresseeIsTheAddresseesVisit() throws Exception {
        List<DiplomaticEvent> visits = ExtractionFixture.events(EventType.VISIT, MEETING, "2024-11-20T11:00:00Z");
        assertThat(visits).singleElement().satisfies(e -> {
            assertThat(e.countries()).containsExactly("CHN", "DEU");
            assertThat(e.date()).hasToString("2024-04-01");
            assertThat(e.persons()).extracting(Participant::name).contains("朔尔茨");
        });
    }

    @Test
    void whatTheSpeakerGoesOnToSayBelongsToTheMeeting() throws Exception {
        List<DiplomaticEvent> events = ExtractionFixture.events(MEETING, "2024-11-20T11:00:00Z");
        assertThat(events).filteredOn(e -> e.type() == EventType.MEETING).singleElement()
                .satisfies(e -> assertThat(e.topics()).contains("economic-cooperation"));
        assertThat(events).filteredOn(e -> e.type() == EventType.VISIT).singleElement()
                .satisfies(e -> assertThat(e.topics()).doesNotContain("economic-cooperation"));
    }

    @Test
    void youWithoutAContactBeforeAddsNoSide() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT, "他对记者说，今年4月你访问中国时印象如何？",
                "2024-11-20T11:00:00Z")).isEmpty();
    }
}
