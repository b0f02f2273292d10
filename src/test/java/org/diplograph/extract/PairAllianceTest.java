package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** The alliance of two countries named by their pair compound is a military matter; other unions are not. */
class PairAllianceTest {

    private final TopicDetector topics = new TopicDetector(TestFixtures.lexicon());

    @Test
    void thePairsAlliance_isMilitaryAndSecurity() {
        assertThat(topics.detect("沙利文强调了美国对美日同盟的重视。")).contains("military-security");
        assertThat(topics.detect("双方同意进一步强化韩美同盟。")).contains("military-security");
    }

    @Test
    void aUnionOfAnotherKind_isNot() {
        assertThat(topics.detect("推进欧亚经济联盟与“一带一路”建设对接。")).doesNotContain("military-security");
        assertThat(topics.detect("欧洲联盟和非洲联盟的代表出席了会议。")).doesNotContain("military-security");
    }
}
