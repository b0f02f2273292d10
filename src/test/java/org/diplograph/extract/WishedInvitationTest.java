package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * An invitation a government says it wishes to extend; the grouping whose gathering it is for is no side of it
 * (GUIDELINES: the sides of an invitation are the inviter and the invitees).
 */
class WishedInvitationTest {

    @Test
    void aWishToInviteSaidLastYearIsAnInvitationOfThatYear() throws Exception {
        assertThat(ExtractionFixture.events(EventType.INVITATION, "日本政府去年曾表示，有意邀请习近平以国宾身分访日。",
                "2020-09-25T08:00:00Z")).singleElement().satisfies(invitation -> {
                    assertThat(invitation.countries()).containsExactly("CHN", "JPN");
                    assertThat(invitation.date()).isEqualTo(LocalDate.of(2019, 1, 1));
                });
    }

    @Test
    void theGroupingWhoseGatheringAnInvitationIsForIsNoSide() throws Exception {
        assertThat(ExtractionFixture.events(EventType.INVITATION,
                "另外，特朗普也曾表示希望邀请普京到华府地区访问，以扩大举行七大工业国集团（G7）峰会。", "2020-07-14T08:00:00Z"))
                .singleElement().satisfies(invitation -> {
                    assertThat(invitation.countries()).containsExactly("RUS", "USA");
                    assertThat(invitation.organizations()).isEmpty();
                });
    }

    @Test
    void aWishToMeetIsStillNoMeeting() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING, "特朗普表示希望会见普京。", "2020-07-14T08:00:00Z"))
                .isEmpty();
    }

    @Test
    void guestsInvitedToAttendTheGatheringNamedBeforeAreTheInvitees_onTheDayOfTheAnnouncement()
            throws Exception {
        assertThat(ExtractionFixture.events(EventType.INVITATION,
                "该报道称，特朗普于5月宣布将推迟G7峰会至9月以后，并将扩大邀请澳大利亚、俄罗斯、韩国及印度与会。",
                "2020-07-05T08:00:00Z")).singleElement().satisfies(invitation -> {
                    assertThat(invitation.countries()).containsExactly("AUS", "IND", "KOR", "RUS", "USA");
                    assertThat(invitation.organizations()).isEmpty();
                    assertThat(invitation.date()).isEqualTo(LocalDate.of(2020, 5, 1));
                });
    }
}
