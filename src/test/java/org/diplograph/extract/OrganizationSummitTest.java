package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A summit of one state with an organisation it does not hold: a bilateral encounter, by video a call. */
class OrganizationSummitTest {

    @Test
    void aVideoSummitOfAnOrganisationWithOneStateIsACall() throws Exception {
        var events = ExtractionFixture.events(
                "6月22日，欧洲理事会主席米歇尔和欧盟委员会主席冯德莱恩与中国国家主席习近平举行视频峰会。",
                "2020-06-23T12:00:00Z");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.PHONE_CALL);
            assertThat(e.countries()).containsExactly("CHN");
            assertThat(e.organizations()).containsExactly("EU");
        });
    }

    @Test
    void aStateAttendingAnOrganisationsOwnGatheringStaysAtASummit() throws Exception {
        var events = ExtractionFixture.events(
                "11月20日，国家主席习近平以视频方式出席亚太经合组织第二十七次领导人非正式会议。",
                "2020-11-20T12:00:00Z");
        assertThat(events).extracting(DiplomaticEvent::type).containsExactly(EventType.SUMMIT);
    }

    @Test
    void anOrganisationsOwnSummitHostedByOneStateStaysASummit() throws Exception {
        var events = ExtractionFixture.events(
                "今年APEC的主办国马来西亚11月20日透过视讯的方式召开首脑峰会。", "2020-11-21T12:00:00Z");
        assertThat(events).extracting(DiplomaticEvent::type).containsExactly(EventType.SUMMIT);
    }
}
