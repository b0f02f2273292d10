package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Contact words that report no contact between states, through the whole extraction. */
class UnofficialContactTest {

    @Test
    void aBannedVisitIsNoVisit() throws Exception {
        assertThat(ExtractionFixture.events("美国国务卿蓬佩奥强调，美国也将禁止四人与他们的家属，以及其他中国官员访美。",
                "2020-07-10T08:00:00Z")).extracting(DiplomaticEvent::type).doesNotContain(EventType.VISIT);
    }

    @Test
    void visitsOfCitizensScholarsAndShipsAreNoStateVisits() throws Exception {
        assertThat(ExtractionFixture.events("美国还会加大香港公民获得美国签证的难度，这也意味着，美国公民到访香港将不再享受免签待遇。", "2020-07-15T08:00:00Z"))
                .extracting(DiplomaticEvent::type).doesNotContain(EventType.VISIT);
        assertThat(ExtractionFixture.events("近日，中国藏学家交流团访问拉脱维亚、爱沙尼亚。", "2024-11-20T08:00:00Z"))
                .extracting(DiplomaticEvent::type).doesNotContain(EventType.VISIT);
        // A reporter's byline before the visitor is no private visitor.
        assertThat(ExtractionFixture.events("（大纪元记者徐简综合报导）访问斯里兰卡的美国国务卿蓬佩奥批评中共。",
                "2020-10-28T08:00:00Z")).extracting(DiplomaticEvent::type).contains(EventType.VISIT);
    }

    @Test
    void aCompanysChairmanIsNoStatesSide() throws Exception {
        assertThat(ExtractionFixture.events("国家副主席韩正20日在北京会见丹麦诺和诺德公司董事会主席龙海歌。",
                "2025-08-20T08:00:00Z")).extracting(DiplomaticEvent::type).doesNotContain(EventType.MEETING);
    }

    @Test
    void frequentContactsAreNoEvent() throws Exception {
        assertThat(ExtractionFixture.events("过去几个月来，美越两国高层的外交和军事会晤频繁。", "2014-09-25T08:00:00Z"))
                .extracting(DiplomaticEvent::type).doesNotContain(EventType.MEETING);
    }
}
