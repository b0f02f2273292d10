package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** A defence minister's title says who took part, not that military matters were discussed. */
class DefenceTitleTopicTest {

    private final TopicDetector topics = new TopicDetector(TestFixtures.lexicon());

    @Test
    void aDefenceMinisterOnATripIsNoMilitaryTopic() {
        assertThat(topics.detect("蓬佩奥与美国防长埃斯珀接下来将继续访问斯里兰卡。")).doesNotContain("military-security");
        assertThat(topics.detect("马斯还会晤了以色列国防部长甘茨。")).doesNotContain("military-security");
    }

    @Test
    void defenceTalkedOfIsTheMilitaryTopic() {
        assertThat(topics.detect("两国国防部长同意加强防务合作。")).contains("military-security");
    }
}
