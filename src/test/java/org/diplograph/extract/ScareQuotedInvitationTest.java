package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 邀请 in scare quotes is used in another sense than its own, and is no invitation. */
class ScareQuotedInvitationTest {

    @Test
    void aMinistryThatInvitesAnAmbassadorInScareQuotesInvitesNoOne() throws Exception {
        assertThat(ExtractionFixture.events(EventType.INVITATION,
                "据报道，德国外交部周五“邀请”俄罗斯驻柏林大使到外交部就乌克兰问题“谈话”。", "2022-03-04T08:00:00Z"))
                .isEmpty();
    }

    @Test
    void aQuotationThatOpensWithTheInvitationStillReportsIt() throws Exception {
        assertThat(ExtractionFixture.events(EventType.INVITATION,
                "德国外交部声明说：“邀请俄罗斯外长拉夫罗夫下月访问柏林。”", "2022-03-04T08:00:00Z"))
                .singleElement().satisfies(invitation ->
                        assertThat(invitation.countries()).containsExactlyInAnyOrder("DEU", "RUS"));
    }
}
