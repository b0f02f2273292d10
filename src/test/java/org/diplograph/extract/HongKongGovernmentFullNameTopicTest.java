package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** The Hong Kong government named in full (香港政府, 香港特区政府) is a Hong Kong matter like 港府. */
class HongKongGovernmentFullNameTopicTest {

    private final TopicDetector topics = new TopicDetector(TestFixtures.lexicon());

    @Test
    void aCallOnTheHongKongGovernmentIsAboutHongKong() {
        assertThat(topics.detect("五国发表共同声明，呼吁香港政府恢复被取消立法会参选人的资格。")).contains("hong-kong");
        assertThat(topics.detect("他要求香港特区政府撤回决定。")).contains("hong-kong");
    }
}
