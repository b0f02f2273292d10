package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An act named in the quoted title of a proposal is what the proposal asks for. */
class ProposalTitleTest {

    private static final String PUBLISHED = "2021-05-21T12:00:00Z";

    @Test
    void anInvitationInAProposalsTitleIsNoInvitation() throws Exception {
        assertThat(ExtractionFixture.events(EventType.INVITATION,
                "台湾的13个邦交国向世卫组织提出“邀请台湾以观察员身分参与世界卫生大会”的提案。", PUBLISHED)).isEmpty();
    }

    @Test
    void aQuotedInvitationThatWasMadeStands() throws Exception {
        assertThat(ExtractionFixture.events(EventType.INVITATION,
                "美国总统拜登表示，“我已邀请日本首相菅义伟访问白宫”。", PUBLISHED)).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("JPN", "USA"));
    }
}
