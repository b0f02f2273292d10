package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A country named right after another before an office (美国北韩特使) is the office's portfolio, not a side. */
class PortfolioCountryTest {

    @Test
    void envoyForACountry_doesNotMakeItASide() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING,
                "今年5月21日，拜登与韩国总统文在寅在白宫会晤，再次重申美韩同盟关系，并宣布任命一名美国北韩特使。",
                "2021-07-01T08:00:00Z")).extracting(DiplomaticEvent::countries).containsExactly(List.of("KOR", "USA"));
    }
}
