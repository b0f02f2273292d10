package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** The relations of a pair of countries named by their pair compound are bilateral relations. */
class PairRelationsTest {

    private final TopicDetector topics = new TopicDetector(TestFixtures.lexicon());

    @Test
    void relationsNamedByAPairCompoundAreBilateralRelations() {
        assertThat(topics.detect("双方就中韩关系、朝鲜半岛局势等话题交换意见。")).contains("bilateral-relations");
        assertThat(topics.detect("岸田文雄表示，双方就构建契合新时代要求的日中关系达成一致。")).contains("bilateral-relations");
    }

    @Test
    void oneSidesRelationsWithTheOtherAreBilateralRelations() {
        assertThat(topics.detect("陈光方表示，发展对华关系是越南的客观要求、战略选择和头等优先。")).contains("bilateral-relations");
        assertThat(topics.detect("欧盟将重新评估对美关系。")).contains("bilateral-relations");
    }

    @Test
    void relationsAnActOnlyHarmsAreNoTopic() {
        assertThat(topics.detect("郑泽光称，美方这一行径严重干涉中国内政，严重破坏中美关系。"))
                .doesNotContain("bilateral-relations");
        assertThat(topics.detect("中方敦促美方立即撤销错误决定，以免对华关系造成进一步损害。"))
                .doesNotContain("bilateral-relations");
    }

    @Test
    void aPairCompoundWithoutRelationsIsNoTopic() {
        assertThat(topics.detect("中韩两国外长通电话。")).doesNotContain("bilateral-relations");
    }
}
