package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A planned contact named by a 在…之前 frame is not dated by the day of the news the main clause tells. */
class PlannedContactBeforeNewsTest {

    private static final String FRAMED = "首尔——在中美高级外交官员计划举行拜登总统上任后的第一次会晤之前，"
            + "美国周三宣布对24名中国官员实施制裁。";

    @Test
    void plannedMeetingInFrame_isNotDatedByTheNews() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING, FRAMED, "2021-03-18T02:44:00Z"))
                .singleElement().satisfies(m -> {
                    assertThat(m.status()).isEqualTo(EventStatus.PLANNED);
                    assertThat(m.dateIsReportDate()).isTrue();
                });
    }

    @Test
    void newsOfTheMainClause_keepsItsDay() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION, FRAMED, "2021-03-18T02:44:00Z"))
                .singleElement().satisfies(s -> assertThat(s.date()).isEqualTo(LocalDate.of(2021, 3, 17)));
    }
}
