package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Two sides who together witness a signing (A与B共同见证…签署) have met for it. */
class WitnessedSigningTest {

    @Test
    void twoLeadersWitnessingASigningTogether_meet() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING,
                "周一，柬埔寨首相洪森与中国国务委员兼外交部长王毅在金边共同见证了自贸协定的签署。", "2020-10-12T08:00:00Z"))
                .extracting(DiplomaticEvent::countries).containsExactly(List.of("CHN", "KHM"));
    }

    @Test
    void witnessingWithoutACounterpartNamed_isNoMeeting() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING,
                "周一，柬埔寨首相洪森共同见证了自贸协定的签署。", "2020-10-12T08:00:00Z")).isEmpty();
    }
}
