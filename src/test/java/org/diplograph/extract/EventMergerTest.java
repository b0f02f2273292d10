package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reports of one event merged into one, through the whole extraction. */
class EventMergerTest {

    @Test
    void aVisitToldByItsArrivalAndByADayOfItsStayIsOneVisit() throws Exception {
        assertThat(ExtractionFixture.events("美国副国务卿比根9日抵达日本。</p><p>10日，来日本访问的比根与日本外务大臣茂木敏充举行了会谈。",
                "2020-07-10T12:00:00Z")).filteredOn(e -> e.type() == EventType.VISIT).singleElement().satisfies(e -> {
                    assertThat(e.date()).isEqualTo(LocalDate.of(2020, 7, 9));
                    assertThat(e.endDate()).isEqualTo(Optional.of(LocalDate.of(2020, 7, 10)));
                });
    }
}
