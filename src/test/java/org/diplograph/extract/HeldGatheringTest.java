package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A summit named after the clause that says where it is held is told as held; a hedge before it is about another matter. */
class HeldGatheringTest {

    @Test
    void hedgedMeetingAtASummitHeldInRome_isAPlannedSummitOfTheGroupAndItsHost() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SUMMIT,
                "有人提出了另一个地点，即可能在10月于罗马举行的20国集团(G20)会议上。", "2021-07-14T08:00:00Z"))
                .singleElement().satisfies(summit -> {
                    assertThat(summit.organizations()).containsExactly("G20");
                    assertThat(summit.countries()).containsExactly("ITA");
                    assertThat(summit.status()).isEqualTo(EventStatus.PLANNED);
                    assertThat(summit.date()).isEqualTo(LocalDate.of(2021, 10, 1));
                    assertThat(summit.endDate()).contains(LocalDate.of(2021, 10, 31));
                });
    }

    @Test
    void summitItselfHedged_isNoEvent() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SUMMIT,
                "美国和日本可能在10月举行峰会。", "2021-07-14T08:00:00Z")).isEmpty();
    }
}
