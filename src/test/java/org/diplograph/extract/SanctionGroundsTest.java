package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An answer to sanctions takes up the matter they concern, not the charge given as their grounds. */
class SanctionGroundsTest {

    @Test
    void aProtestAgainstCounterSanctions_isNotAboutTheChargeBehindTheFirstOnes() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "欧盟22日就新疆人权问题对中国官员实施制裁。</p><p>德国外交部23日召见中国大使，对中方的报复性制裁表示抗议。",
                "2021-03-24T08:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.topics()).contains("sanctions", "xinjiang")
                        .doesNotContain("human-rights"));
    }

    @Test
    void theSanctionsThemselves_keepTheirGrounds() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION,
                "欧盟22日就新疆人权问题对中国官员实施制裁。", "2021-03-24T08:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.topics()).contains("human-rights", "xinjiang"));
    }
}
