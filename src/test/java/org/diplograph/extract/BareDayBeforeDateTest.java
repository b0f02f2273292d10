package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A bare day is of the month that puts it shortly before the full date its sentence goes on to. */
class BareDayBeforeDateTest {

    private static final String PUBLISHED = "2021-03-17T04:00:00Z";

    @Test
    void theDayOfArrivalIsOfTheMonthBeforeTheReturn() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "帛琉总统惠恕仁28日访台，4月1日返回帛琉。", PUBLISHED))
                .singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2021, 3, 28)));
    }

    @Test
    void aBareDayAloneIsOfTheMonthBefore() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "帛琉总统惠恕仁28日访台。", PUBLISHED))
                .singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2021, 2, 28)));
    }
}
