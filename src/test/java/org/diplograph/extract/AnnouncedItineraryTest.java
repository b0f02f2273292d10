package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The day an itinerary is announced does not date the trip (AnnouncedItinerary). */
class AnnouncedItineraryTest {

    @Test
    void anAnnouncedItineraryIsTheTripToCome() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "捷克参议院议长维特齐明天率团访台。维特齐27日在参院举行记者会，宣布代表团成员名单和访台行程。",
                "2020-08-29T08:00:00Z"))
                .singleElement().satisfies(e -> {
                    assertThat(e.countries()).containsExactly("CZE", "TWN");
                    assertThat(e.date()).isEqualTo(LocalDate.parse("2020-08-30"));
                });
    }

    @Test
    void aTripEndedOnADayIsDatedByIt() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "美国卫生部长阿扎27日结束访台行程。", "2020-08-29T08:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.parse("2020-08-27")));
    }
}
