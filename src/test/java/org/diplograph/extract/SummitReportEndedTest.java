package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A statement issued after a meeting takes over the report: what follows is no longer the summit's. */
class SummitReportEndedTest {

    private static final String SUMMIT = "自本月22日起，东盟资深官员以及安全和外交部长视讯会议陆续召开，各方讨论应对新冠疫情带来的挑战。";

    @Test
    void whatFollowsAStatementIssuedAfterTheMeetingIsNotTheSummitsTopic() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SUMMIT, SUMMIT + "越南会后发表《主席声明》称，各方同意加强合作。"
                + "东盟各国重申维持南海地区安全与稳定的重要性。", "2020-06-28T08:00:00Z"))
                .singleElement().satisfies(summit -> assertThat(summit.topics()).containsExactly("covid-19"));
    }

    @Test
    void whatFollowsTheSummitWithoutSuchAStatementIsStillItsTopic() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SUMMIT, SUMMIT
                + "东盟各国重申维持南海地区安全与稳定的重要性。", "2020-06-28T08:00:00Z"))
                .singleElement().satisfies(summit -> assertThat(summit.topics()).contains("covid-19", "south-china-sea"));
    }
}
