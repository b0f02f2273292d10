package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.nlp.PersonFixture.persons;

import org.junit.jupiter.api.Test;

/** The acronym of an office in brackets between its title and the name. */
class AcronymAfterTitleTest {

    @Test
    void theNameAfterTheOfficesAcronymIsTheTitleHolders() throws Exception {
        assertThat(persons("三周前他和美国贸易代表(USTR)戴琦（Katherine Tai）通话决定要召开会议。", "2021-06-30T08:00:00Z"))
                .filteredOn(p -> p.key().equals("戴琦")).singleElement()
                .satisfies(p -> {
                    assertThat(p.country()).contains("USA");
                    assertThat(p.position()).contains("minister");
                });
    }
}
