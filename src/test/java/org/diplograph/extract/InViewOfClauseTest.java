package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** A clause of "in view of" (鉴于…) gives the grounds of what is done, not what was discussed. */
class InViewOfClauseTest {

    private final TopicDetector topics = new TopicDetector(TestFixtures.lexicon());

    @Test
    void thePandemicInView_isNoTopic() {
        assertThat(topics.detect("英国首相特别邀请印度总理出席G7峰会，但鉴于新冠疫情的形势，总理将不会亲自出席。"))
                .doesNotContain("covid-19");
    }

    @Test
    void thePandemicDiscussed_stillIs() {
        assertThat(topics.detect("双方讨论了新冠疫情的形势。")).contains("covid-19");
    }
}
