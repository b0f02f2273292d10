package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** A national security council or assistant names an office, not security talk. */
class SecurityOfficesTest {

    private final TopicDetector topics = new TopicDetector(TestFixtures.lexicon());

    @Test
    void theSecurityCouncilsSpokesman_isNoSecurityTopic() {
        assertThat(topics.detect("美国白宫国家安全委员会发言人尤利奥特30日发声明，批评中国违背国际承诺。"))
                .doesNotContain("military-security");
    }

    @Test
    void theSecurityAssistant_isNoSecurityTopic() {
        assertThat(topics.detect("制裁对象还包括前总统国家安全事务助理博尔顿。")).doesNotContain("military-security");
    }

    @Test
    void securityAsTheMatter_stillIs() {
        assertThat(topics.detect("双方讨论了国家安全问题。")).contains("military-security");
    }
}
