package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** Troops massed at or facing each other on a border are a military matter. */
class TroopsTopicTest {

    private final TopicDetector topics = new TopicDetector(TestFixtures.lexicon());

    @Test
    void troopsOnABorderAreMilitarySecurity() {
        assertThat(topics.detect("两国领导人特别讨论俄罗斯军队集中在与乌克兰接壤的边界导致紧张局势升温。"))
                .contains("military-security", "ukraine");
        assertThat(topics.detect("为解决中印部队在实际控制线对峙的僵局，两国召开工作机制会议。"))
                .contains("military-security", "territorial-disputes");
    }
}
