package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An official of the imposing side who speaks of its measures takes part in its sanction (SanctionExplained). */
class SanctionExplainedTest {

    private static final String SANCTION = "美国财政部周四以涉及重大人权侵犯为由，将四名中国政府官员列入制裁名单。";

    @Test
    void anOfficialSpeakingOfHisSidesMeasuresTakesPart() throws Exception {
        DiplomaticEvent sanction = ExtractionFixture.events(EventType.SANCTION,
                SANCTION + "美国国务卿蓬佩奥强调，美国也将禁止四人与他们的家属访美。", "2020-07-10T08:00:00Z").get(0);
        assertThat(sanction.persons()).contains(
                new Participant("蓬佩奥", Optional.of("secretary-of-state"), Optional.of("USA")));
    }

    @Test
    void anOfficialSpeakingOfSomethingElseTakesNoPart() throws Exception {
        DiplomaticEvent sanction = ExtractionFixture.events(EventType.SANCTION,
                SANCTION + "美国国务卿蓬佩奥强调，美国希望与盟友合作。", "2020-07-10T08:00:00Z").get(0);
        assertThat(sanction.persons()).extracting(Participant::name).doesNotContain("蓬佩奥");
    }
}
