package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.nlp.PersonFixture.persons;

import org.junit.jupiter.api.Test;

/** 对 and the country an envoy deals with, between the envoy's employer and title (美国国务院对朝副代表). */
class EnvoyPortfolioTest {

    @Test
    void aDeputyRepresentativeForNorthKoreaServesTheEmployerNamedBefore() throws Exception {
        assertThat(persons("比根访韩，美国国务院对朝副代表黄之瀚（Alex Wong）等人士随行。"))
                .filteredOn(p -> p.key().equals("黄之瀚")).singleElement()
                .satisfies(p -> {
                    assertThat(p.country()).contains("USA");
                    assertThat(p.position()).contains("official");
                });
    }

    @Test
    void anEnvoyForNorthKoreaServesTheCountryBeforeIt() throws Exception {
        assertThat(persons("美国对朝特别代表尹汝尚（Joseph Yun）今天抵达首尔。"))
                .filteredOn(p -> p.key().equals("尹汝尚")).singleElement()
                .satisfies(p -> assertThat(p.country()).contains("USA"));
    }
}
