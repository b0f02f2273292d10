package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** A trigger under the prefix 非 names an absence, and one in an expert's title names a field, not a topic. */
class NegatedTriggerTest {

    private final TopicDetector topics = new TopicDetector(TestFixtures.lexicon());

    @Test
    void aDemilitarisedZone_isNoMilitaryTalk() {
        assertThat(topics.detect("金正恩与韩国总统文在寅在板门店非军事区举行历史性的峰会。")).doesNotContain("military-security");
        assertThat(topics.detect("双方将加强军事合作。")).contains("military-security");
    }

    @Test
    void aMilitaryStrategist_isNoMilitaryTalk() {
        assertThat(topics.detect("中国颇具影响力的军事战略家金一南上周在电台说。")).doesNotContain("military-security");
    }
}
