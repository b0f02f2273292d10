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
    void aBureauChiefsPortfolioIsNoTopic() {
        assertThat(topics.detect("比根还与国家安全保障局长北村滋举行了会谈。")).doesNotContain("military-security");
    }

    @Test
    void missileDefenceIsMilitarySecurity_andPeaceOnThePeninsulaIsTheKoreanIssue() {
        assertThat(topics.detect("河野说明了日本放弃部署导弹拦截系统一事。")).contains("military-security");
        assertThat(topics.detect("双方同意共同维护半岛和平稳定。")).contains("korean-peninsula-nuclear");
    }

    @Test
    void talkOfTheEconomyIsEconomicCooperation() {
        assertThat(topics.detect("两国领导人就推动疫情后的经济复苏交换了意见。")).contains("economic-cooperation");
    }
}
