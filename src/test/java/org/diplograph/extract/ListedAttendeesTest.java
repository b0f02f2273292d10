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

    @Test
    void officialsListedBeforeTheOtherSidesDelegationAttendWithoutAnOffice() throws Exception {
        DiplomaticEvent talks = ExtractionFixture.events(EventType.TALKS,
                "3月21日，国家主席习近平在莫斯科克里姆林宫同俄罗斯总统普京举行会谈。"
                        + "蔡奇、王毅、秦刚，以及俄罗斯联邦政府领导人出席上述活动。", "2023-03-22T12:00:00Z").get(0);
        assertThat(talks.persons()).contains(new Participant("王毅", Optional.empty(), Optional.of("CHN")),
                new Participant("秦刚", Optional.empty(), Optional.of("CHN")));
    }

    @Test
    void officialsFlyingWithAVisitorTakePartWithTheOfficesStatedForThem() throws Exception {
        DiplomaticEvent visit = ExtractionFixture.events(EventType.VISIT,
                "当地时间11月19日下午，国家主席习近平乘专机抵达巴西利亚，开始对巴西进行国事访问。"
                        + "国务委员兼外交部部长秦刚等陪同人员同机抵达。", "2024-11-20T12:00:00Z").get(0);
        assertThat(visit.persons()).contains(new Participant("秦刚", Optional.of("foreign-minister"), Optional.of("CHN")));
    }
}
