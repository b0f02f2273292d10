package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A grouping named only to say which states it counts takes no part in what they do. */
class GroupNamingMembersTest {

    @Test
    void groupingBeforeItsMembers_isNoParty() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "欧盟成员国德国9日召见俄罗斯大使提出抗议。", "2021-02-10T08:00:00Z"))
                .singleElement().satisfies(e -> {
                    assertThat(e.organizations()).isEmpty();
                    assertThat(e.countries()).containsExactly("DEU", "RUS");
                });
    }

    @Test
    void groupingAsASide_staysOne() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "欧盟9日召见俄罗斯大使提出抗议。", "2021-02-10T08:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.organizations()).containsExactly("EU"));
    }
}
