package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.nlp.PersonFixture.persons;

import org.junit.jupiter.api.Test;

/** A chief negotiator (首席谈判代表) represents the state for one matter: a special envoy. */
class ChiefNegotiatorTitleTest {

    @Test
    void chiefNegotiator_isTheStatesSpecialEnvoy() throws Exception {
        assertThat(persons("在中国，他将会见促成《巴黎协定》会谈的中国首席谈判代表解振华。", "2021-04-15T08:00:00Z"))
                .filteredOn(p -> p.key().equals("解振华")).singleElement()
                .satisfies(p -> {
                    assertThat(p.country()).contains("CHN");
                    assertThat(p.position()).contains("special-envoy");
                });
    }
}
