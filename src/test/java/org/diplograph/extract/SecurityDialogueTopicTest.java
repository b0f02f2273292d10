package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** A "2+2" dialogue and talk of regional security or security affairs are the military and security topic. */
class SecurityDialogueTopicTest {

    private final TopicDetector topics = new TopicDetector(TestFixtures.lexicon());

    @Test
    void twoPlusTwoDialoguesAndSecurityAffairsAreSecurity() {
        assertThat(topics.detect("蓬佩奥与印度外交部长苏杰生跟印度国防部长辛格进行二加二年度战略对谈。"))
                .contains("military-security");
        assertThat(topics.detect("会谈聚焦中国挑战、印太区域安全与双边区域合作等议题。")).contains("military-security");
        assertThat(topics.detect("崔钟建将与比根讨论韩美外交安全事宜。")).contains("military-security");
    }
}
