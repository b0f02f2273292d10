package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sanctions condemned as unilateral, a policy rather than a reported measure. */
class UnilateralSanctionsTest {

    @Test
    void unilateralSanctionsCondemnedAreNoSanction() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION,
                "伊朗外交部发言人哈提卜扎德还说，美国政府实施单方面制裁明显违反《联合国宪章》和国际法。", "2021-01-20T08:00:00Z"))
                .isEmpty();
    }

    @Test
    void aSanctionImposedIsStillOne() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION,
                "伊朗外交部周一宣布对美国国务卿蓬佩奥实施制裁。", "2021-01-20T08:00:00Z"))
                .isNotEmpty();
    }
}
