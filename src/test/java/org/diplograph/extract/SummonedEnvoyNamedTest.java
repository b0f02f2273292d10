package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ambassador a summoning leaves unnamed, named in the next sentence, takes part in it (SummonedEnvoyNamed). */
class SummonedEnvoyNamedTest {

    @Test
    void theAmbassadorNamedRightAfterTheSummoningIsTheOneSummoned() throws Exception {
        DiplomaticEvent protest = ExtractionFixture.events(EventType.PROTEST,
                "德国外交部周五召见了中国驻德大使，就中国实施香港国安法进行讨论。"
                        + "该报报导称，国务秘书已向中国驻德意志联邦共和国大使吴恳“重申了德国政府的立场”。",
                "2020-07-11T08:00:00Z").get(0);
        assertThat(protest.persons()).contains(new Participant("吴恳", Optional.of("ambassador"), Optional.of("CHN")));
    }

    @Test
    void anAmbassadorNamedAfterAProtestWithoutSummoningTakesNoPart() throws Exception {
        DiplomaticEvent protest = ExtractionFixture.events(EventType.PROTEST,
                "德国外交部周五就中国实施香港国安法向中方提出严正抗议。"
                        + "该报报导称，国务秘书曾在上月会见中国驻德意志联邦共和国大使吴恳。",
                "2020-07-11T08:00:00Z").stream().filter(e -> e.type() == EventType.PROTEST).findFirst().orElseThrow();
        assertThat(protest.persons()).extracting(Participant::name).doesNotContain("吴恳");
    }
}
