package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The day an outlet quotes another's report (今天引述美联社报道) dates the report, not the act it tells. */
class ReportQuotedDateTest {

    @Test
    void dayOfTheQuotingReportDoesNotDateTheSummons() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "中国外交部副部长郑泽光周三召见美国驻华大使布兰斯塔德提出了抗议。据美国之音今天引述美联社报道，中国召见美驻华大使。",
                "2020-07-16T08:00:00Z")).singleElement()
                .satisfies(protest -> assertThat(protest.date()).isEqualTo(LocalDate.parse("2020-07-15")));
    }
}
