package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An office named without its holder's name (韩国副外长) going to a country visits it (OfficialJourney). */
class UnnamedOfficeJourneyTest {

    @Test
    void anUnnamedDeputyMinisterGoingToACapitalVisitsItsCountry() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT, "韩国副外长原定本周末前往德黑兰，与伊朗外长会谈。",
                "2021-01-05T08:00:00Z")).singleElement().satisfies(e -> {
                    assertThat(e.countries()).containsExactly("IRN", "KOR");
                    assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
                });
    }

    @Test
    void anUnnamedAmbassadorGoingToThePostIsStillNoVisit() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT, "新任中国驻美国大使预计将于七月底前往美国。",
                "2021-07-14T12:00:00Z")).isEmpty();
    }
}
