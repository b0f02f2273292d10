package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** Hong Kong listed with Taiwan, Xinjiang or Tibet is the Hong Kong question ({@link HongKongAmongIssues}). */
class HongKongAmongIssuesTest {

    private final TopicDetector topics = new TopicDetector(TestFixtures.lexicon());

    @Test
    void hongKongListedWithXinjiangIsAnIssue() {
        assertThat(topics.detect("双方将就包括香港、新疆在内的地区问题进行协调。")).contains("hong-kong", "xinjiang");
        assertThat(topics.detect("台湾、香港和涉疆问题是中国的内政。")).contains("hong-kong");
    }

    @Test
    void hongKongAsAPlaceIsNoTopic() {
        assertThat(topics.detect("两国外长在香港举行会谈。")).doesNotContain("hong-kong");
    }
}
