package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** Stock phrases of diplomatic prose name no topic: 主权和领土完整, 务实合作. */
class StockPhraseTopicsTest {

    private final TopicDetector topics = new TopicDetector(TestFixtures.lexicon());

    @Test
    void territorialIntegrityIsAPrinciple_notADispute() {
        assertThat(topics.detect("双方要尊重各国主权和领土完整。")).doesNotContain("territorial-disputes");
        assertThat(topics.detect("双方讨论了领土争端。")).contains("territorial-disputes");
        assertThat(topics.detect("日本抗议中国船只进入其领土附近海域。")).contains("territorial-disputes");
    }

    @Test
    void practicalCooperationIsNoEconomicTopic() {
        assertThat(topics.detect("双方要深化各领域务实合作。")).doesNotContain("economic-cooperation");
        assertThat(topics.detect("双方要深化经贸合作。")).contains("economic-cooperation");
    }
}
