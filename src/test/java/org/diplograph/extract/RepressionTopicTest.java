package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** Persecution, repression and executions are human-rights matters. */
class RepressionTopicTest {

    private final TopicDetector topics = new TopicDetector(TestFixtures.lexicon());

    @Test
    void persecutionAndExecutions_areHumanRights() {
        assertThat(topics.detect("欧盟以及美国、英国、加拿大同一天宣布制裁迫害新疆维吾尔族的官员和机构。"))
                .contains("human-rights", "xinjiang");
        assertThat(topics.detect("法国因伊朗处决了一名伊朗记者发出了谴责。")).contains("human-rights");
        assertThat(topics.detect("白俄罗斯暴力镇压反政府抗议者。")).contains("human-rights");
    }
}
