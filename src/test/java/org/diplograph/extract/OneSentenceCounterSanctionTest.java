package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A sanction and the counter-sanction told in one sentence share its evidence, yet are two acts
 * ({@link EventMerger}): each is known by the side that imposed it.
 */
class OneSentenceCounterSanctionTest {

    @Test
    void aSanctionAndItsAnswerInOneSentenceAreTwoActsWithTheirOwnKeys() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION,
                "欧盟22日就新疆人权问题对中国实施制裁后，北京迅速回击，宣布对欧盟有关机构和人员实施制裁。",
                "2021-03-24T10:00:00Z"))
                .extracting(DiplomaticEvent::key)
                .containsExactlyInAnyOrder("Sanction|CHN,EU|2021-03-22|EU", "Sanction|CHN,EU|2021-03-22|CHN");
    }
}
