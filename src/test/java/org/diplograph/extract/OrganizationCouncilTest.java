package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The ministers of one organisation meeting as its council: a summit of its unnamed members. */
class OrganizationCouncilTest {

    @Test
    void ministersOfOneOrganisationHoldingAMeetingAreASummitOfIt() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SUMMIT, "欧盟外交部长22日在布鲁塞尔举行会议，决定对4名官员实施制裁。",
                "2021-03-24T08:00:00Z")).singleElement().satisfies(summit -> {
                    assertThat(summit.organizations()).containsExactly("EU");
                    assertThat(summit.countries()).isEmpty();
                    assertThat(summit.date()).isEqualTo(LocalDate.of(2021, 3, 22));
                });
    }

    @Test
    void ministersOfSeveralStatesHoldingAMeetingAreASummitOfThem() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SUMMIT, "美国、日本、印度和澳大利亚四国外长6日在东京举行会议。",
                "2020-10-07T08:00:00Z")).singleElement().satisfies(summit ->
                assertThat(summit.countries()).containsExactly("AUS", "IND", "JPN", "USA"));
    }

    @Test
    void anOrganisationNamedWithoutItsMinistersIsNoSummitAlone() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SUMMIT, "欧盟22日举行会议，决定对4名官员实施制裁。",
                "2021-03-24T08:00:00Z")).isEmpty();
    }

    @Test
    void oneMinisterOfAnOrganisationIsNoCouncil() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SUMMIT, "欧盟外交部长博雷利22日在布鲁塞尔举行会议。",
                "2021-03-24T08:00:00Z")).isEmpty();
    }
}
