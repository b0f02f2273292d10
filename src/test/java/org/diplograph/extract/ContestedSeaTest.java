package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A protest or statement over the South China Sea is about the territorial dispute there. */
class ContestedSeaTest {

    @Test
    void aProtestOverTheSea_isAboutTheTerritorialDispute() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "菲律宾外交部周六表示，菲律宾抗议中国在南中国海一个岛屿附近的“非法存在和活动”。", "2021-05-29T08:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.topics())
                        .contains("south-china-sea", "territorial-disputes"));
    }

    @Test
    void aMeetingNamingTheSeaAmongItsIssues_isNot() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING,
                "国家主席习近平17日在曼谷会见菲律宾总统马科斯，双方就南海问题交换意见。", "2022-11-18T08:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.topics())
                        .contains("south-china-sea").doesNotContain("territorial-disputes"));
    }
}
