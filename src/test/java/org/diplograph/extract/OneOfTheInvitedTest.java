package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One of several invited who accepts is told of the invitation already reported, not of a new one. */
class OneOfTheInvitedTest {

    @Test
    void anAcceptanceByOneOfTheInvitedJoinsTheirInvitation() throws Exception {
        assertThat(ExtractionFixture.events(EventType.INVITATION,
                "特朗普于5月宣布将推迟G7峰会至9月以后，并将扩大邀请澳大利亚、俄罗斯、韩国及印度与会。澳洲已同意应美国邀请出席。",
                "2020-07-05T12:00:00Z"))
                .singleElement().satisfies(e -> {
                    assertThat(e.countries()).containsExactly("AUS", "IND", "KOR", "RUS", "USA");
                    assertThat(e.evidence()).hasSize(2);
                });
    }
}
