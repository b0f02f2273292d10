package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A counter-measure told first without a day and then as taken at once in answer to a dated one was taken
 * on that day, not on the day of the report.
 */
class CounterSanctionToldTwiceTest {

    @Test
    void counterSanctionToldUndatedFirst_takesTheDayOfTheSanctionItAnswers() throws Exception {
        var sanctions = ExtractionFixture.events(EventType.SANCTION,
                "中国驻比利时大使曹忠明表示，中国决定对欧盟有关机构和人员实施制裁是捍卫自身合法权益的正义之举。"
                        + "欧盟22日就新疆人权问题对中国实施制裁后，北京迅速回击，宣布对欧盟有关机构和人员实施制裁。",
                "2021-03-24T08:00:00Z");
        assertThat(sanctions).isNotEmpty().allSatisfy(e -> {
            assertThat(e.date()).isEqualTo(LocalDate.of(2021, 3, 22));
            assertThat(e.dateIsReportDate()).isFalse();
        });
    }
}
