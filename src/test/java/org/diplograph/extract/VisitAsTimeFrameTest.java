package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A visit named again as the time of what is done during it is the one visit. */
class VisitAsTimeFrameTest {

    @Test
    void visitNamedAgainWithDuring_isOneVisit() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "帛琉总统惠恕仁3月28日访台，4月1日返回帛琉，访台期间除拜会总统蔡英文，也将参加推广旅游的活动。",
                "2021-03-17T08:00:00Z")).hasSize(1);
    }
}
