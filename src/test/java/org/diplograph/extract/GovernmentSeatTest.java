package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Arriving at a body that stands for one state (抵达白宫) is a visit to that state. */
class GovernmentSeatTest {

    @Test
    void foreignLeaderArrivingAtTheWhiteHouse_visitsTheUnitedStates() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "墨西哥总统罗培兹欧布拉多今天抵达白宫与川普举行会谈。", "2020-07-08T20:00:00Z"))
                .extracting(DiplomaticEvent::countries).containsExactly(List.of("MEX", "USA"));
    }

    @Test
    void ownOfficialArrivingAtTheWhiteHouse_isNoVisit() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "美国国务卿蓬佩奥今天抵达白宫。", "2020-07-08T20:00:00Z")).isEmpty();
    }
}
