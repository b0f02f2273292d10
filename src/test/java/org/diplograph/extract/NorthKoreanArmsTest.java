package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** North Korea's missiles and nuclear arms are the Korean Peninsula nuclear issue. */
class NorthKoreanArmsTest {

    private final TopicDetector topics = new TopicDetector(TestFixtures.lexicon());

    @Test
    void northKoreanMissileLaunches_areThePeninsulasIssue() {
        assertThat(topics.detect("在谈及朝鲜发射弹道导弹时，三国防长一致表示这是违反联合国安理会决议的。"))
                .contains("korean-peninsula-nuclear");
        assertThat(topics.detect("三国国安顾问将讨论朝鲜最近的导弹试射。")).contains("korean-peninsula-nuclear");
    }

    @Test
    void anotherStatesMissiles_areNot() {
        assertThat(topics.detect("记者被问到伊朗的弹道导弹计划。")).doesNotContain("korean-peninsula-nuclear");
    }
}
