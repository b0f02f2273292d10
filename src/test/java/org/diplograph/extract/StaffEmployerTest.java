package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The leader whose adviser takes part is no participant. */
class StaffEmployerTest {

    @Test
    void theLeaderWhoseAdviserMeets_isNoParticipant() throws Exception {
        List<DiplomaticEvent> meetings = ExtractionFixture.events(EventType.MEETING,
                "布林肯与拜登的国家安全顾问杰克·沙利文(Jake Sullivan)周四在阿拉斯加与中国外长王毅会晤。",
                "2021-03-18T08:00:00Z");
        assertThat(meetings).isNotEmpty().allSatisfy(m -> assertThat(m.persons()).extracting(Participant::name)
                .contains("布林肯", "沙利文").doesNotContain("拜登"));
    }

    @Test
    void aLeaderWhoMeetsInPerson_staysAParticipant() throws Exception {
        List<DiplomaticEvent> meetings = ExtractionFixture.events(EventType.MEETING,
                "拜登周四在白宫与日本首相菅义伟会晤。", "2021-04-17T08:00:00Z");
        assertThat(meetings).isNotEmpty().allSatisfy(m -> assertThat(m.persons()).extracting(Participant::name)
                .contains("拜登"));
    }
}
