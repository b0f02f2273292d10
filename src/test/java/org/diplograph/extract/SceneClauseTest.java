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

    @Test
    void aShadowOrACauseSetsTheScene() {
        assertThat(topics.detect("（法新社华盛顿8日电） 在冠状病毒疫情和美国总统川普过去对南方邻国墨西哥的轻蔑言论阴影下，"
                + "墨国总统今天抵达白宫与川普举行会谈。")).doesNotContain("covid-19");
        assertThat(topics.detect("原本希望习近平今年春天到访，但受到2019冠状病毒疾病（COVID-19）疫情影响而延期。"))
                .doesNotContain("covid-19");
    }

    @Test
    void theEpidemicDiscussedIsCovid() {
        assertThat(topics.detect("双方探讨有关朝鲜、疫情、南海等问题。")).contains("covid-19");
    }
}
