package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sanctions a passed bill provides for are not imposed yet ({@link PassedBill}). */
class PassedBillTest {

    @Test
    void aBillPassedByOneChamberImposesNoSanction() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION, "美国参议院上周四通过“香港自治法案”，"
                + "将对支持中国限制香港自治的个人或企业实施强制性制裁。", "2020-06-29T10:00:00Z")).isEmpty();
    }

    @Test
    void aSanctionsLawSignedIsStillASanction() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION, "美国总统特朗普周二签署了国会通过的法案，"
                + "对中国官员实施制裁。", "2020-07-15T10:00:00Z")).hasSize(1);
    }
}
