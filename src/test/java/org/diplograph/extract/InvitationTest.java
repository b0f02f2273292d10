package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Invitations, made or accepted, through the whole extraction. */
class InvitationTest {

    @Test
    void aVisitAtSomeonesInvitationReportsTheInvitationAndTheVisit() throws Exception {
        List<DiplomaticEvent> events = ExtractionFixture.events(
                "外交部发言人赵立坚宣布，应新加坡政府邀请，杨洁篪将于8月19日至20日访问新加坡。", "2020-08-19T08:00:00Z");
        assertThat(events).extracting(DiplomaticEvent::type).contains(EventType.INVITATION, EventType.VISIT);
        DiplomaticEvent invitation = events.stream().filter(e -> e.type() == EventType.INVITATION).findFirst().get();
        assertThat(invitation.countries()).containsExactlyInAnyOrder("CHN", "SGP");
        // The invitation was made before the visit it leads to, on a day the text does not give.
        assertThat(invitation.date()).isEqualTo(LocalDate.of(2020, 8, 19));
        assertThat(invitation.dateIsReportDate()).isTrue();
    }

    @Test
    void inviters_listedTogether_makeOneInvitationEach() throws Exception {
        List<DiplomaticEvent> events = ExtractionFixture.events(
                "外交部发言人赵立坚提到，王毅应日本外务大臣茂木敏充、韩国外交部长官康京和邀请访问这两个国家。",
                "2020-11-20T08:00:00Z");
        assertThat(events.stream().filter(e -> e.type() == EventType.INVITATION).map(e -> Set.copyOf(e.countries())))
                .containsExactlyInAnyOrder(Set.of("CHN", "JPN"), Set.of("CHN", "KOR"));
    }

    @Test
    void aSpousesInvitationIsNoActBetweenStates() throws Exception {
        assertThat(ExtractionFixture.events("当地时间18日上午，应泰国总理夫人娜拉蓬邀请，国家主席习近平夫人彭丽媛同部分经济体领导人"
                + "的配偶共同参观大城府国家艺术博物馆。", "2022-11-18T08:00:00Z"))
                .extracting(DiplomaticEvent::type).doesNotContain(EventType.INVITATION);
    }
}
