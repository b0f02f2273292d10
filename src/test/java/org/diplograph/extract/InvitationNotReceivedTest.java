package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An invitation a side says it has not received was not made. */
class InvitationNotReceivedTest {

    private static final String PUBLISHED = "2021-05-21T12:00:00Z";

    @Test
    void anInvitationNotYetReceivedIsNone() throws Exception {
        assertThat(ExtractionFixture.events(EventType.INVITATION,
                "总统府发言人指出，台湾尚未收到世界卫生组织出席世卫大会的邀请函。", PUBLISHED)).isEmpty();
    }

    @Test
    void anInvitationReceivedStands() throws Exception {
        assertThat(ExtractionFixture.events(EventType.INVITATION,
                "韩国外交部表示，韩国已收到英国出席七国集团峰会的邀请。", PUBLISHED)).isNotEmpty();
    }
}
