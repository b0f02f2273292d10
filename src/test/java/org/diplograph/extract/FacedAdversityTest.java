package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** What the sides faced, or the setting their ties grew in, frames a clause and is no topic ({@link SceneClause}). */
class FacedAdversityTest {

    private final TopicDetector topics = new TopicDetector(TestFixtures.lexicon());

    @Test
    void aSettingTheTradeGrewIn_isNoTopic() {
        assertThat(topics.detect("在新冠疫情等复杂外部环境下，俄中双边贸易实现逆势增长。"))
                .contains("trade").doesNotContain("covid-19");
    }

    @Test
    void whatTheSidesFaced_isNoTopic() {
        assertThat(topics.detect("面对新冠肺炎疫情，两国友好合作不断深化。")).doesNotContain("covid-19");
    }

    @Test
    void thePandemicDiscussed_stillIs() {
        assertThat(topics.detect("双方就新冠肺炎疫情防控合作交换了意见。")).contains("covid-19");
    }
}
