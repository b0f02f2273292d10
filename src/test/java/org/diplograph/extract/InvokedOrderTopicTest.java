package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** An international order every side invokes is a stance, not talk of global governance. */
class InvokedOrderTopicTest {

    private final TopicDetector topics = new TopicDetector(TestFixtures.lexicon());

    @Test
    void anInvokedOrder_isNoGlobalGovernance() {
        assertThat(topics.detect("双方都注意到维持法治的国际秩序的重要性。")).doesNotContain("global-governance");
        assertThat(topics.detect("美国将追究北京滥用国际体系的责任。")).doesNotContain("global-governance");
    }

    @Test
    void theUnCentredSystem_stillIs() {
        assertThat(topics.detect("双方应坚定维护以联合国为核心的国际体系。")).contains("global-governance");
    }
}
