package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A mission abroad and the ministry at home each voice a protest of their own ({@link MissionVoice}). */
class MissionVoiceTest {

    @Test
    void theEmbassysProtestIsNotTheMinistrysOne() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "中国外交部发言人赵立坚6日表示，加方粗暴干涉中国内政，中方对此表示强烈谴责。"
                        + "中国驻加拿大使馆发言人稍早回应，中方对此表示强烈不满和坚决反对，敦促加方立即纠正错误作法。",
                "2020-07-06T10:00:00Z"))
                .hasSize(2)
                .anySatisfy(e -> assertThat(e.persons()).extracting(Participant::name).containsExactly("赵立坚"))
                .anySatisfy(e -> assertThat(e.persons()).isEmpty());
    }

    @Test
    void theMinistryProtestingTwiceIsOneProtest() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "中国外交部发言人赵立坚6日表示，加方粗暴干涉中国内政，中方对此表示强烈谴责。"
                        + "外交部发言人还说，中方对此表示强烈不满和坚决反对，敦促加方立即纠正错误作法。",
                "2020-07-06T10:00:00Z")).hasSize(1);
    }
}
