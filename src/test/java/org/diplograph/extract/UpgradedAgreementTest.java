package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Upgrading an agreement in force is agreeing on it anew. */
class UpgradedAgreementTest {

    @Test
    void anAgreementUpgradedIsAnAgreement() throws Exception {
        assertThat(ExtractionFixture.events(EventType.AGREEMENT, "新西兰持续加强与中国的经济关系，两国今年升级了双边的自由贸易协定。",
                "2021-05-31T08:00:00Z")).singleElement().satisfies(agreement -> {
                    assertThat(agreement.countries()).containsExactly("CHN", "NZL");
                    assertThat(agreement.date()).isEqualTo(LocalDate.of(2021, 1, 1));
                });
    }

    @Test
    void anUpgradeOnlyWishedForIsNone() throws Exception {
        assertThat(ExtractionFixture.events(EventType.AGREEMENT, "新西兰希望与中国尽快升级双边的自由贸易协定。",
                "2021-05-31T08:00:00Z")).isEmpty();
    }
}
