package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A leader invited to attend a gathering is its host's guest: the organisation is no side of the invitation. */
class GuestAtGatheringTest {

    @Test
    void aGuestInvitedToASummitIsInvitedByItsHostAlone() throws Exception {
        assertThat(ExtractionFixture.events(EventType.INVITATION,
                "英国首相约翰逊特别邀请印度总理出席G7峰会，印度对此感到高兴。",
                "2021-05-11T12:00:00Z"))
                .singleElement().satisfies(e -> {
                    assertThat(e.countries()).containsExactly("GBR", "IND");
                    assertThat(e.organizations()).isEmpty();
                });
    }

    @Test
    void anInvitationThatEnlargesTheGatheringIsNoInvitationByItsOrganisation() throws Exception {
        assertThat(ExtractionFixture.events(EventType.INVITATION,
                "特朗普5月宣布将推迟G7峰会，并将扩大邀请澳大利亚、俄罗斯、韩国及印度与会。",
                "2020-07-05T12:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.organizations()).isEmpty());
    }
}
