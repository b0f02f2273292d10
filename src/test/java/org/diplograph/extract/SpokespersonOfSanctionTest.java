package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A sanction its report has a government announce is voiced by that government's one spokesperson (Spokespersons). */
class SpokespersonOfSanctionTest {

    @Test
    void aSanctionAGovernmentAnnouncesIsVoicedByItsSpokesperson() throws Exception {
        DiplomaticEvent sanction = ExtractionFixture.events(EventType.SANCTION,
                "中国政府周一宣布将对三名美国议员实施制裁，以作为特朗普政府上周对中国四名官员采取类似举措的报复。"
                        + "外交部发言人华春莹周一表示，对于美国干涉中国内政，中国不得不作出反应。",
                "2020-07-14T08:00:00Z").get(0);
        assertThat(sanction.persons()).contains(
                new Participant("华春莹", Optional.of("spokesperson"), Optional.of("CHN")));
    }

    @Test
    void aSanctionNoGovernmentVoiceReportsIsNotTheSpokespersons() throws Exception {
        DiplomaticEvent sanction = ExtractionFixture.events(EventType.SANCTION,
                "特朗普政府上周四对中国四名官员实施制裁。外交部发言人华春莹周一表示，中国不得不作出反应。",
                "2020-07-14T08:00:00Z").get(0);
        assertThat(sanction.persons()).extracting(Participant::name).doesNotContain("华春莹");
    }
}
