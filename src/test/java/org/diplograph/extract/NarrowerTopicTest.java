package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** A narrower topic found in a text stands for the general topic it refines. */
class NarrowerTopicTest {

    private final TopicDetector topics = new TopicDetector(TestFixtures.lexicon());

    @Test
    void returnOfDefectorsIsTheDefectorsTopic_notMigration() {
        assertThat(topics.detect("赵兑烈还向王毅转达了韩国内外对脱北者被强制遣返问题的忧虑。"))
                .contains("north-korean-defectors").doesNotContain("migration");
    }

    @Test
    void healthTalkNextToThePandemicIsThePandemic() {
        assertThat(topics.detect("双方就新冠疫情防控和公共卫生合作交换了意见。"))
                .contains("covid-19").doesNotContain("health");
    }

    @Test
    void theGeneralTopicAloneStays() {
        assertThat(topics.detect("双方讨论了非法移民和难民问题。")).containsExactly("migration");
    }
}
