package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A date in a relative clause on the person who acts dates what that person did, not the event. */
class AttributiveDateTest {

    private static final String PUBLISHED = "2020-10-19T12:00:00Z";

    @Test
    void theDayOfTakingOfficeIsNotTheDayOfTheVisit() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "上个月刚就任首相的菅义伟首次外访便出访越南。", PUBLISHED))
                .singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2020, 10, 19)));
    }

    @Test
    void aDateBeforeTheSubjectStillDatesTheEvent() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "日本首相菅义伟18日访问越南。", PUBLISHED))
                .singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2020, 10, 18)));
    }
}
