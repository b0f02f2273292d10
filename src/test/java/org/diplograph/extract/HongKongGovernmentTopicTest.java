package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** What the Hong Kong government (港府) does is a Hong Kong matter. */
class HongKongGovernmentTopicTest {

    private final TopicDetector topics = new TopicDetector(TestFixtures.lexicon());

    @Test
    void anActOfTheHongKongGovernmentIsAboutHongKong() {
        assertThat(topics.detect("拉布表示，港府取消四名民主派议员资格，等同于损害香港的自由。")).contains("hong-kong");
    }
}
