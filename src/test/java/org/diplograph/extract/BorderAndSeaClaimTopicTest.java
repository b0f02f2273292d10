package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** Standoffs on a border and claims at sea are territorial disputes, whatever words the report uses. */
class BorderAndSeaClaimTopicTest {

    private final TopicDetector topics = new TopicDetector(TestFixtures.lexicon());

    @Test
    void disengagementAndBorderAffairsAreTheBorderDispute() {
        assertThat(topics.detect("双方同意尽快完成双方一线部队脱离接触进程。")).contains("territorial-disputes");
        assertThat(topics.detect("中印边境事务磋商和协调工作机制周五举行第16次会议。")).contains("territorial-disputes");
    }

    @Test
    void shipsInAnExclusiveEconomicZoneAndOccupiedLandAreDisputes() {
        assertThat(topics.detect("至少240艘中国船只在菲律宾专属经济海域盘桓。")).contains("territorial-disputes");
        assertThat(topics.detect("他要求以色列结束对戈兰高地的非法占领。")).contains("territorial-disputes");
    }
}
