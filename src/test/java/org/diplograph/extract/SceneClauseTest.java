package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** A long 在…之际 clause sets the scene: its topics are not the contact's ({@link SceneClause}). */
class SceneClauseTest {

    private final TopicDetector topics = new TopicDetector(TestFixtures.lexicon());

    @Test
    void aLongFrameSetsTheScene() {
        assertThat(topics.detect("在美中关系恶化加剧使韩国处在棘手的地缘政治环境之际，崔钟建星期一下午与中国驻韩大使邢海明会晤。"))
                .doesNotContain("bilateral-relations");
    }

    @Test
    void theSameWordsOutsideAFrameAreDiscussed() {
        assertThat(topics.detect("崔钟建星期一下午与中国驻韩大使邢海明会晤，讨论了美中关系恶化给韩国带来的影响。"))
                .contains("bilateral-relations");
    }
}
