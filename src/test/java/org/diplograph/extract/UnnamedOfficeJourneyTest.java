package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An office named without its holder's name that goes to a country (韩国副外长…前往德黑兰) makes a visit. */
class UnnamedOfficeJourneyTest {

    @Test
    void unnamedDeputyMinisterGoingToCapital_isVisit() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT, "韩国副外长原定本周末前往德黑兰，与伊朗外长会谈。",
                "2021-01-05T12:00:00Z")).extracting(DiplomaticEvent::countries).containsExactly(List.of("IRN", "KOR"));
    }

    @Test
    void ambassadorGoingToPost_isNoVisit() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT, "美国驻俄罗斯大使已于6月24日抵达俄罗斯，重返岗位。",
                "2020-06-26T12:00:00Z")).isEmpty();
    }
}
