package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A date in an earlier clause that tells a happening of its own does not date a protest its speaker reports. */
class OtherSubjectDateTest {

    private static final String PUBLISHED = "2020-09-11T08:00:00Z";

    @Test
    void dateOfAnEarlierHappening_doesNotDateTheProtestASpeakerReports() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "本周一（7日）中印边境45年来首传枪声，中国外交部称已向印方提出严正交涉。", PUBLISHED))
                .singleElement().satisfies(e -> {
                    assertThat(e.countries()).containsExactly("CHN", "IND");
                    assertThat(e.dateIsReportDate()).isTrue();
                });
    }

    @Test
    void clauseThatIsOnlyADate_stillDatesTheProtest() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "本周一（7日），中国外交部称已向印方提出严正交涉。", PUBLISHED))
                .singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2020, 9, 7)));
    }
}
