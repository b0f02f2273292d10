package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A conference of parties (缔约方大会) is a summit; one held in a host city has that city's country as host. */
class HostCityTest {

    @Test
    void aConferenceOfPartiesHeldInAHostCityHasItsCountry() throws Exception {
        var summits = ExtractionFixture.events(EventType.SUMMIT,
                "联合国气候变化框架公约第26次缔约方大会11月1日在格拉斯哥举行。", "2021-11-01T20:00:00Z");
        assertThat(summits).singleElement().satisfies(e -> {
            assertThat(e.countries()).containsExactly("GBR");
            assertThat(e.organizations()).containsExactly("UN");
        });
    }

    @Test
    void aCityItWasMeantToBeHeldInIsNoHost() throws Exception {
        var summits = ExtractionFixture.events(EventType.SUMMIT,
                "原定在岘港举行的东盟峰会26日以视频方式召开，越南、菲律宾领导人出席。", "2020-06-27T08:00:00Z");
        assertThat(summits).allSatisfy(e -> assertThat(e.countries()).doesNotContain("VNM").isNotEmpty()
                .contains("PHL"));
    }
}
