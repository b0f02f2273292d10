package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A summit ended before the departure its sentence reports lasted until the day of that departure. */
class GatheringLeftTest {

    @Test
    void summitEndedBeforeTheArrival_takesTheArrivalsDay() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SUMMIT,
                "当地时间11月19日下午，国家主席习近平乘专机抵达巴西利亚，开始对巴西进行国事访问。"
                        + "习近平是在结束二十国集团领导人第十九次峰会活动后离开里约热内卢抵达巴西利亚的。",
                "2024-11-20T12:00:00Z")).singleElement().satisfies(summit -> {
                    assertThat(summit.organizations()).containsExactly("G20");
                    assertThat(summit.countries()).containsExactly("CHN");
                    assertThat(summit.date()).isEqualTo(LocalDate.of(2024, 11, 19));
                    assertThat(summit.dateIsReportDate()).isFalse();
                });
    }
}
