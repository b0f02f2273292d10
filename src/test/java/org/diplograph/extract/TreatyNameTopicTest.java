package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** A topic word inside the name of a treaty of another kind is no sign of that topic. */
class TreatyNameTopicTest {

    private final TopicDetector topics = new TopicDetector(TestFixtures.lexicon());

    @Test
    void aPartnershipInATradeAgreementsNameIsNoBilateralRelationship() {
        assertThat(topics.detect("15国签署了区域全面经济伙伴关系协定（RCEP）。"))
                .contains("economic-cooperation").doesNotContain("bilateral-relations");
    }

    @Test
    void theArmsTradeTreatyIsNotAboutTrade() {
        assertThat(topics.detect("中国已签署联合国武器贸易条约。")).doesNotContain("trade");
    }

    @Test
    void aTradeAgreementIsStillAboutTrade() {
        assertThat(topics.detect("两国签署了自由贸易协定。")).contains("trade");
        assertThat(topics.detect("双方同意深化伙伴关系。")).contains("bilateral-relations");
    }
}
