package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Officials a line lists as attending the contact just reported (…等参加会见). */
class ListedAttendeesTest {

    private static final String MEETING = "中共中央政治局常委、全国政协主席王沪宁5日在京会见古巴外交部长罗德里格斯。";

    @Test
    void namesTheLexiconDoesNotKnowAttendForTheReceivingSide() throws Exception {
        DiplomaticEvent meeting = ExtractionFixture.events(EventType.MEETING, MEETING + "巴特尔、王东峰等参加会见。",
                "2026-02-05T12:00:00Z").get(0);
        assertThat(meeting.persons()).contains(new Participant("巴特尔", Optional.empty(), Optional.of("CHN")),
                new Participant("王东峰", Optional.empty(), Optional.of("CHN")));
    }

    @Test
    void aLineThatIsNoBareListOfNamesAddsNobody() throws Exception {
        DiplomaticEvent meeting = ExtractionFixture.events(EventType.MEETING, MEETING + "有关部门负责人等参加会见。",
                "2026-02-05T12:00:00Z").get(0);
        assertThat(meeting.persons()).extracting(Participant::name).containsExactlyInAnyOrder("王沪宁", "罗德里格斯");
    }
}
