package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A summit of the Security Council's five permanent members has all five as its sides. */
class FivePermanentMembersTest {

    @Test
    void summitOfTheFivePermanentMembers_hasAllFiveAndTheUnNamedWithIt() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SUMMIT,
                "蓬佩奥与拉夫罗夫在电话中讨论到，在不久的将来藉联合国举行创立75周年纪念活动时，召开安理会五大常任理事国高峰会。",
                "2020-07-14T08:00:00Z")).singleElement().satisfies(summit -> {
                    assertThat(summit.countries()).containsExactly("CHN", "FRA", "GBR", "RUS", "USA");
                    assertThat(summit.organizations()).containsExactly("UN", "UNSC");
                });
    }

    @Test
    void permanentMembersNotCountedAsFive_addNoMembers() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SUMMIT, "美国和俄罗斯领导人出席了安理会常任理事国峰会。",
                "2020-07-14T08:00:00Z")).singleElement().satisfies(summit ->
                assertThat(summit.countries()).containsExactly("RUS", "USA"));
    }
}
