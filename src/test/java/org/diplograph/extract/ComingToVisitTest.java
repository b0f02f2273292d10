package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 来访, "coming to visit", tells a visit from the host's side; 来访的 only describes the visitor. */
class ComingToVisitTest {

    @Test
    void aHostWelcomingVisitorsReportsTheirVisit() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "美国国务卿蓬佩奥与国防部长艾斯培27日在华府，欢迎澳洲外交部长潘恩与防长雷诺兹来访。",
                "2020-07-28T12:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("AUS", "USA"));
    }

    @Test
    void aVisitorDescribedAsComingIsNoSecondVisit() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "本周二（7月21日），来访的美国国务卿蓬佩奥会晤英国首相约翰逊，讨论如何共同应付中国。",
                "2020-07-21T12:00:00Z")).isEmpty();
    }
}
