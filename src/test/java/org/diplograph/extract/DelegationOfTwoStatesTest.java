package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A visiting delegation named by two abbreviations (美日访团) is each state's visit. */
class DelegationOfTwoStatesTest {

    @Test
    void aDelegationOfTwoStatesIsTwoVisits() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "庄人祥强调，防疫保护不输先前来台的美日访团，全团采专机来回。", "2020-08-29T08:00:00Z"))
                .extracting(e -> e.countries().toString())
                .containsExactlyInAnyOrder("[JPN, TWN]", "[TWN, USA]");
    }
}
