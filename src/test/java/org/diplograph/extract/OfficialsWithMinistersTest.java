package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An organisation's ministers meeting together with its other officials are still its council. */
class OfficialsWithMinistersTest {

    @Test
    void officialsListedBeforeTheMinistersMeetAsTheOrganisation() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SUMMIT,
                "自本月22日起，东盟资深官员以及安全和外交部长视讯会议陆续召开，各方讨论应对新冠疫情带来的挑战。",
                "2020-06-28T08:00:00Z")).singleElement().satisfies(summit -> {
                    assertThat(summit.organizations()).containsExactly("ASEAN");
                    assertThat(summit.countries()).isEmpty();
                    assertThat(summit.date()).isEqualTo(LocalDate.of(2020, 6, 22));
                });
    }

    @Test
    void aStateListedWithTheMinistersIsASideOfItsOwn() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SUMMIT,
                "东盟资深官员以及中国外交部长视讯会议22日召开，各方讨论应对新冠疫情带来的挑战。",
                "2020-06-28T08:00:00Z")).allSatisfy(summit -> assertThat(summit.countries()).isNotEmpty());
    }
}
