package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.nlp.PersonFixture.persons;

import org.junit.jupiter.api.Test;

/** A state secretary (国务秘书) of a ministry is an official of its country. */
class StateSecretaryTitleTest {

    @Test
    void aStateSecretaryOfAForeignMinistryIsAnOfficial() throws Exception {
        assertThat(persons("中国驻德国大使吴恳23日紧急约见德国外交部国务秘书柏格（Miguel Berger），向德方提出严正交涉。",
                "2021-03-24T08:00:00Z"))
                .filteredOn(p -> p.key().equals("柏格")).singleElement()
                .satisfies(p -> {
                    assertThat(p.country()).contains("DEU");
                    assertThat(p.position()).contains("official");
                });
    }
}
