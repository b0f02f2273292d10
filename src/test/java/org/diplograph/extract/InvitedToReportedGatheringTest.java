package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Those invited to the gathering just reported were invited in the round reported before. */
class InvitedToReportedGatheringTest {

    private static final String INVITED = "美国国务院周五表示，美国总统拜登已经邀请中国国家主席习近平和俄罗斯总统普京出席4月22日举行的全球气候峰会。";

    @Test
    void statesInvitedToThisSummitJoinTheRoundReported() throws Exception {
        assertThat(ExtractionFixture.events(EventType.INVITATION, INVITED
                + "这次峰会除了普京、习近平与全球主要国家领导人外，部分最受气候变化影响国家如孟加拉、不丹等也受邀出席。",
                "2021-03-26T08:00:00Z"))
                .singleElement().satisfies(invitation -> assertThat(invitation.countries())
                        .containsExactly("BGD", "BTN", "CHN", "RUS", "USA"));
    }

    @Test
    void aPassiveInvitationToAGatheringNotReportedHasNoKnownInviter() throws Exception {
        assertThat(ExtractionFixture.events(EventType.INVITATION,
                "部分最受气候变化影响国家如孟加拉、不丹等也受邀出席这次峰会。", "2021-03-26T08:00:00Z")).isEmpty();
    }
}
