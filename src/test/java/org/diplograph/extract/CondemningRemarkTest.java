package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A government's voice saying another state interferes in internal affairs condemns it ({@link CondemningRemark});
 * the protester is the speaker, or the side opening the clause of the protest ({@link ProtestingVoice}).
 */
class CondemningRemarkTest {

    @Test
    void spokespersonSayingTheOtherSideInterferesProtests() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "中国外交部发言人赵立坚周三说，最新一轮与香港问题有关的制裁“充分暴露了美方干涉中国内政的险恶用心”。",
                "2021-03-17T10:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "USA"));
    }

    @Test
    void lawmakerSayingSoDoesNotProtest() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "美国参议员克鲁兹周三说，中国严重违背了自己的承诺。", "2021-03-17T10:00:00Z"))
                .isEmpty();
    }

    @Test
    void remarkAndWordOfProtestOfOneSpeakerAreOneProtest() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "中国外交部发言人赵立坚周四称，英国为香港BNO持有者提供在英居留和入籍方便严重违背自身承诺。"
                        + "他在例行新闻发布会上称，英方执意改变政策，严重违背自身承诺，中方对此表示强烈谴责。",
                "2020-07-02T10:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "GBR"));
    }
}
