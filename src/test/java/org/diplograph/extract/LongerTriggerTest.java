package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** A trigger read inside a longer trigger of another topic counts for that topic only. */
class LongerTriggerTest {

    private final TopicDetector topics = new TopicDetector(TestFixtures.lexicon());

    @Test
    void armsSalesToTaiwanAreTheTaiwanTopic() {
        assertThat(topics.detect("中方坚决反对美国对台军售。")).contains("taiwan").doesNotContain("military-security");
    }

    @Test
    void theIranianNuclearIssueIsNonProliferation() {
        assertThat(topics.detect("会中还讨论了伊朗核问题。"))
                .contains("nuclear-nonproliferation").doesNotContain("middle-east");
    }

    @Test
    void aShortTriggerOnItsOwnStillCounts() {
        assertThat(topics.detect("美国宣布对伊朗实施新的制裁，并批准对以色列军售。"))
                .contains("middle-east", "military-security");
    }
}
