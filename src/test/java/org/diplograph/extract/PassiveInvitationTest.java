package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Invitations told from the side of the one invited (受邀). */
class PassiveInvitationTest {

    @Test
    void theHostOfTheGatheringIsWhoInvited() throws Exception {
        assertThat(ExtractionFixture.events(EventType.INVITATION,
                "印度外交部长苏杰生将受邀出席在伦敦举行的七国集团外长会议。", "2021-05-02T08:00:00Z"))
                .singleElement().satisfies(invitation -> {
                    assertThat(invitation.countries()).containsExactlyInAnyOrder("GBR", "IND");
                    assertThat(invitation.organizations()).isEmpty();
                });
    }

    @Test
    void anInvitationWithNoInviterNamedIsNoRecord() throws Exception {
        assertThat(ExtractionFixture.events(EventType.INVITATION,
                "印度外交部长苏杰生和澳大利亚外长佩恩也受邀出席。", "2021-05-02T08:00:00Z")).isEmpty();
    }
}
