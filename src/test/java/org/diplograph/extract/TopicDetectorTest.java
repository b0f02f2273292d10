package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

class TopicDetectorTest {

    private final TopicDetector topics = new TopicDetector(TestFixtures.lexicon());

    @Test
    void aMinistrysPortfolioIsNoTopic() {
        assertThat(topics.detect("美国卫生部长阿扎抵达台北，展开访问。")).doesNotContain("health");
        assertThat(topics.detect("双方同意加强卫生合作。")).contains("health");
        assertThat(topics.detect("双方讨论了亚太地区的军事部署。")).contains("military-security");
    }

    @Test
    void talkOfTheEconomyIsEconomicCooperation() {
        assertThat(topics.detect("两国领导人就推动疫情后的经济复苏交换了意见。")).contains("economic-cooperation");
    }
}
