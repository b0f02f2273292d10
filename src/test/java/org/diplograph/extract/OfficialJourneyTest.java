package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Going to a country (前往, 赴) is a visit when an office holder goes. */
class OfficialJourneyTest {

    @Test
    void aLeaderGoingToACountryVisitsIt() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT, "日本首相菅义伟10月20日前往印尼。", "2020-10-19T12:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("IDN", "JPN"));
    }

    @Test
    void aTradeMissionGoingToACountryIsNoVisit() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT, "台湾外贸协会将组团赴贝里斯考察。", "2020-10-01T12:00:00Z"))
                .isEmpty();
    }

    @Test
    void anAmbassadorGoingToThePostIsNoVisit() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT, "新任中国驻美国大使秦刚预计将于七月底前往美国。",
                "2021-07-14T12:00:00Z")).isEmpty();
    }
}
