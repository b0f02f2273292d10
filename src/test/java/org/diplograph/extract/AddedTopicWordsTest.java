package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** Topic words for arms control, Hong Kong's security law and low-carbon development. */
class AddedTopicWordsTest {

    private final TopicDetector topics = new TopicDetector(TestFixtures.lexicon());

    @Test
    void armsControl_isMilitaryAndNonProliferation() {
        assertThat(topics.detect("两国领导人讨论了新型冠状病毒、军备控制谈判等问题。"))
                .contains("military-security", "nuclear-nonproliferation");
        assertThat(topics.detect("双方在维也纳举行了军控会谈。")).contains("military-security", "nuclear-nonproliferation");
    }

    @Test
    void theNationalSecurityLaw_isHongKongs() {
        assertThat(topics.detect("在中国实施香港国家安全法后，加拿大将暂停与香港的引渡条约。"))
                .contains("hong-kong").doesNotContain("military-security");
    }

    @Test
    void greenLowCarbonDevelopment_isClimatePolicy() {
        assertThat(topics.detect("第三，坚持绿色低碳发展，建设清洁美丽的亚太。")).contains("climate-change");
    }
}
