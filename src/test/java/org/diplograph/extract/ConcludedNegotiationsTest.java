package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Negotiations that end in an agreement still to be signed are talks concluded on the day it was reached. */
class ConcludedNegotiationsTest {

    @Test
    void agreementReachedAfterNegotiations_isTalksThatDay() throws Exception {
        List<DiplomaticEvent> talks = ExtractionFixture.events(EventType.TALKS,
                "经过近7年的谈判，欧盟和中国在29日终于达成了一项投资协议，双方预计将在12月30日正式签署。",
                "2020-12-30T08:00:00Z");
        assertThat(talks).singleElement().satisfies(t -> {
            assertThat(t.countries()).containsExactly("CHN");
            assertThat(t.organizations()).containsExactly("EU");
            assertThat(t.date()).isEqualTo(LocalDate.of(2020, 12, 29));
            assertThat(t.status()).isEqualTo(EventStatus.OCCURRED);
        });
    }

    @Test
    void agreementReachedWithoutNegotiationsNamed_isNoTalks() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS,
                "欧盟和中国在29日达成了一项投资协议，双方预计将在12月30日正式签署。", "2020-12-30T08:00:00Z")).isEmpty();
    }
}
