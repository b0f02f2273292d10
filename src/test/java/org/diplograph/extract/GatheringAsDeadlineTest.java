package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A gathering named as the time by which sides act: no contact of theirs, nor what the text goes on about. */
class GatheringAsDeadlineTest {

    @Test
    void theSidesActingBeforeAGatheringDoNotAttendIt() throws Exception {
        var events = ExtractionFixture.events("中国国家主席习近平4月16日同美国总统拜登通电话。"
                + "两国计划在11月将举行的第26次缔约方大会之前，制定各自的长期战略。", "2021-04-17T08:00:00Z");
        assertThat(events).extracting(DiplomaticEvent::type).containsExactly(EventType.PHONE_CALL);
    }

    @Test
    void thisSummitAfterADeadlineIsTheOneReportedBefore() throws Exception {
        var summits = ExtractionFixture.events(EventType.SUMMIT,
                "美国总统拜登已经邀请中国国家主席习近平和俄罗斯总统普京出席4月22日举行的全球气候变化视频峰会。"
                        + "白宫表示，这场峰会也将是11月在格拉斯哥（Glasgow）举办联合国气候变化纲要公约第26次缔约方会议（COP26）前的一个重要里程碑。"
                        + "这次峰会除了普京、习近平外，孟加拉、不丹等也受邀出席。", "2021-03-26T20:00:00Z");
        assertThat(summits).filteredOn(e -> e.organizations().contains("UN")).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("GBR"));
        assertThat(summits).filteredOn(e -> e.countries().contains("USA")).singleElement()
                .satisfies(e -> assertThat(e.countries()).contains("BGD", "BTN"));
    }
}
