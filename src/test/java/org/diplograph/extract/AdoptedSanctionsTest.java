package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A sanctions package adopted (通过制裁案) is imposed by who adopts it, not by the side named as the
 * reason for it ({@link ImposingSide}); one a chamber passed is a bill ({@link PassedBill}).
 */
class AdoptedSanctionsTest {

    @Test
    void anAdoptedSanctionsPackageAndTheRetaliationAreTwoActs() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION,
                "欧盟22日以中国侵犯新疆人权为由通过制裁案，但中国随即宣布报复性制裁。", "2021-03-24T10:00:00Z"))
                .extracting(DiplomaticEvent::key)
                .containsExactlyInAnyOrder("Sanction|CHN,EU|2021-03-22|EU", "Sanction|CHN,EU|2021-03-22|CHN");
    }

    @Test
    void aSanctionsBillPassedByAChamberIsNotImposed() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION,
                "美国参议院22日通过对华制裁案。", "2021-03-24T10:00:00Z")).isEmpty();
    }
}
