package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When an invitation was made: at the contact just reported, unless the text tells it as already made. */
class StandingInvitationTest {

    private static final String CALL = "中国国务院副总理韩正16日在北京通过视频方式会见美国气候特使克里。";

    @Test
    void anInvitationToldAsAlreadyMadeIsNotDatedByTheLatestContact() throws Exception {
        assertThat(ExtractionFixture.events(EventType.INVITATION, CALL + "美国总统拜登已邀请中国国家主席习近平出席气候峰会。",
                "2021-04-18T02:00:00Z")).singleElement().satisfies(invitation -> {
                    assertThat(invitation.date()).isEqualTo(LocalDate.of(2021, 4, 18));
                    assertThat(invitation.dateIsReportDate()).isTrue();
                });
    }

    @Test
    void anInvitationToldAfterAContactWasMadeAtIt() throws Exception {
        assertThat(ExtractionFixture.events(EventType.INVITATION, CALL + "克里邀请韩正访问美国。", "2021-04-18T02:00:00Z"))
                .singleElement().satisfies(invitation -> {
                    assertThat(invitation.date()).isEqualTo(LocalDate.of(2021, 4, 16));
                    assertThat(invitation.dateIsReportDate()).isFalse();
                });
    }
}
