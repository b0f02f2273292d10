package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which wording reports a sanction or an expulsion, and which only speaks of one ({@link EventExtractor}). */
class ConflictEventTypingTest {

    private static List<DiplomaticEvent> eventsOf(String body, String published) throws Exception {
        return ExtractionFixture.events("测试", body, published);
    }

    @Test
    void aMeasureCalledIllegalByItsTargetIsNoNewSanction() throws Exception {
        assertThat(eventsOf("发言人还说，美方因中方企业和个人参与本国相关建设而对其实施非法制裁，毫无道理。", "2020-08-27T10:00:00Z"))
                .extracting(DiplomaticEvent::type).doesNotContain(EventType.SANCTION);
        assertThat(eventsOf("郑泽光宣称，美方对中国中央政府和香港特区政府官员实施所谓制裁，充分证明美方就是幕后黑手。",
                "2020-12-08T10:00:00Z")).extracting(DiplomaticEvent::type).doesNotContain(EventType.SANCTION);
    }

    @Test
    void orderingAnAmbassadorOutOrAConsulateClosedIsAnExpulsion() throws Exception {
        assertThat(eventsOf("委内瑞拉总统马杜洛今天下令欧洲联盟驻委国大使佩德罗沙72小时离境。", "2020-06-29T20:00:00Z"))
                .filteredOn(e -> e.type() == EventType.EXPULSION).singleElement()
                .satisfies(e -> {
                    assertThat(e.countries()).containsExactly("VEN");
                    assertThat(e.organizations()).containsExactly("EU");
                });
        assertThat(eventsOf("美国国务院周二下令中国在72小时内关闭驻休斯敦总领馆。", "2020-07-22T10:00:00Z"))
                .filteredOn(e -> e.type() == EventType.EXPULSION).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "USA"));
    }

    @Test
    void aSanctionHeldOutAsAResponseToComeIsAThreat() throws Exception {
        assertThat(eventsOf("为了维护自身正当利益，中方将对美方错误行径作出必要反应，包括对美方相关实体和个人实施制裁。",
                "2020-07-15T10:00:00Z")).extracting(DiplomaticEvent::type).doesNotContain(EventType.SANCTION);
        assertThat(eventsOf("中国外交部发言人赵立坚宣布，中方决定对美国国务院官员实施制裁。", "2020-07-13T10:00:00Z"))
                .extracting(DiplomaticEvent::type).contains(EventType.SANCTION);
    }

    @Test
    void suspendingExtraditionOrBanningExportsToAStateIsASanction() throws Exception {
        assertThat(eventsOf("加拿大总理特鲁多上周五表示，在中国实施香港国家安全法后，加拿大将暂停与香港的引渡条约。",
                "2020-07-06T10:00:00Z")).filteredOn(e -> e.type() == EventType.SANCTION).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("CAN", "HKG"));
        assertThat(eventsOf("日本政府周四开始限制向韩国出口高技术材料。", "2019-07-05T10:00:00Z"))
                .filteredOn(e -> e.type() == EventType.SANCTION).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("JPN", "KOR"));
        assertThat(eventsOf("法国和德国正推动欧盟采取措施，包括促使欧盟禁止向香港出口催泪弹。", "2020-07-10T10:00:00Z"))
                .extracting(DiplomaticEvent::type).doesNotContain(EventType.SANCTION);
    }

    @Test
    void anActALeadingClauseTellsHappenedAfterIsOneReportedBefore() throws Exception {
        assertThat(eventsOf("在宣布制裁特朗普等人之后，伊朗总统鲁哈尼周三呼吁美国候任总统拜登重返2015年核协议。",
                "2021-01-20T10:00:00Z")).extracting(DiplomaticEvent::type).doesNotContain(EventType.SANCTION);
    }

    @Test
    void barringOfficialsOrTakingReciprocalMeasuresIsASanction() throws Exception {
        assertThat(eventsOf("特朗普政府上周四禁止四名中国官员及一个中国政府机构使用美国银行及其他金融机构。", "2020-07-14T10:00:00Z"))
                .filteredOn(e -> e.type() == EventType.SANCTION).singleElement()
                .satisfies(e -> {
                    assertThat(e.countries()).containsExactly("CHN", "USA");
                    assertThat(e.date()).isEqualTo(java.time.LocalDate.of(2020, 7, 9));
                });
        assertThat(eventsOf("美国国务院周二决定将禁止让涉嫌限制记者进入西藏的中国官员进入美国。", "2020-07-08T10:00:00Z"))
                .filteredOn(e -> e.type() == EventType.SANCTION).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(java.time.LocalDate.of(2020, 7, 7)));
        assertThat(eventsOf("中国外交部发言人赵立坚宣布，中方决定对在涉疆问题上表现恶劣的有关美国的机构和个人采取对等措施。",
                "2020-07-10T10:00:00Z")).filteredOn(e -> e.type() == EventType.SANCTION).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "USA"));
    }
}
