package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bilateral relations are the topic of contacts between two sides only. */
class RelationsOfTwoTest {

    @Test
    void aGatheringOfSeveral_isNotAboutBilateralRelations() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SUMMIT,
                "当地时间11月18日上午，亚太经合组织第二十九次领导人非正式会议在泰国曼谷举行，国家主席习近平出席会议。"
                        + "习近平表示，要不断深化互信、包容、合作、共赢的亚太伙伴关系。", "2022-11-18T12:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.topics()).doesNotContain("bilateral-relations"));
    }

    @Test
    void aContactOfTwo_stillIs() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING,
                "韩国总统文在寅26日下午在青瓦台接见中国外交部长王毅，双方就中韩关系交换意见。", "2020-11-26T12:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.topics()).contains("bilateral-relations"));
    }
}
