package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A visit or other contact named as what a third side protests or reacts to is no contact of that side. */
class ProtestedContactTest {

    @Test
    void visitProtestedByAnEmbassy_isNoVisitOfItsCountry() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "而中共驻斯里兰卡大使馆在蓬佩奥抵达前，发声明抗议蓬佩奥的出访。", "2020-10-28T12:00:00Z")).isEmpty();
    }

    @Test
    void reactionToTheNewsOfAVisit_isNoVisit() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "台湾国防部称，中国对克拉奇访台消息的反应是，周三向台湾的防空识别区派出两架反潜飞机。",
                "2020-09-18T12:00:00Z")).isEmpty();
    }

    @Test
    void visitDespiteAProtestWave_isStillAVisit() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "乌克兰总统亚努科维奇在抗议浪潮高涨之际不顾反对派警告访问中国。", "2014-01-20T12:00:00Z"))
                .anySatisfy(e -> assertThat(e.countries()).contains("CHN", "UKR"));
    }

    @Test
    void videoTalksCriticisedBySpokesperson_isNoContact() throws Exception {
        assertThat(ExtractionFixture.events(
                "中国外交部发言人赵立坚14日在记者会也批评克拉夫特与蔡英文视频会谈是干扰中国内政。", "2021-01-14T12:00:00Z"))
                .noneSatisfy(e -> assertThat(e.type()).isIn(EventType.SUMMIT, EventType.PHONE_CALL, EventType.TALKS));
    }
}
