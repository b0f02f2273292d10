package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** Words too broad to name a topic by themselves, next to the compounds that still do. */
class BroadTopicWordsTest {

    private final TopicDetector topics = new TopicDetector(TestFixtures.lexicon());

    @Test
    void medicalSuppliesAreNoHealthTopic_butMedicalCooperationIs() {
        assertThat(topics.detect("美方向墨西哥提供了医疗设备。")).doesNotContain("health");
        assertThat(topics.detect("双方同意加强医疗合作。")).contains("health");
    }

    @Test
    void establishingDiplomaticTiesIsNoTalkOfBilateralRelations() {
        assertThat(topics.detect("以色列与阿联酋签署协议，开启两国外交关系。")).doesNotContain("bilateral-relations");
    }

    @Test
    void travelAndTheDigitalEconomyAreNoTopicsOfTheirOwn() {
        assertThat(topics.detect("双方要畅通两国人员往来，拓展数字经济合作。"))
                .doesNotContain("people-to-people", "technology");
    }
}
