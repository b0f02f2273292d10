package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.nlp.PersonFixture.persons;

import org.junit.jupiter.api.Test;

/** A predecessor in an office the article names for one country held that country's office (PredecessorInOffice). */
class PredecessorInOfficeTest {

    @Test
    void aPredecessorInTheOfficeOfOneCountryServedThatCountry() throws Exception {
        assertThat(persons("捷克参议院议长维特齐30日率团抵台。他说，王毅的发言让他想到前任参议院议长柯佳洛生前收到的威胁信函内容。",
                "2020-08-31T08:00:00Z"))
                .filteredOn(p -> p.key().equals("柯佳洛")).first()
                .satisfies(p -> assertThat(p.country()).contains("CZE"));
    }

    @Test
    void anOfficeNamedForTwoCountriesGivesNoCountry() throws Exception {
        assertThat(persons("捷克参议院议长维特齐与波兰参议院议长格罗兹基会面。他说，他想到前任参议院议长柯佳洛生前收到的威胁信函内容。",
                "2020-08-31T08:00:00Z"))
                .filteredOn(p -> p.key().equals("柯佳洛")).first()
                .satisfies(p -> assertThat(p.country()).isEmpty());
    }
}
