package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Two states or organisations joined by 与 as the subject of a contact are its sides. */
class StatePairSubjectTest {

    @Test
    void contactToldToSomeoneElse_hasOnlyThePairAsSides() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS,
                "欧盟新闻稿指，博雷利向王毅提及欧盟与美国就中国问题启动的双边对话已于10月召开。", "2020-11-25T08:00:00Z"))
                .singleElement().satisfies(t -> {
                    assertThat(t.countries()).containsExactly("USA");
                    assertThat(t.organizations()).containsExactly("EU");
                    assertThat(t.persons()).isEmpty();
                });
    }

    @Test
    void bodiesOfTwoStates_areNoPairOfStates() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS,
                "栗战书出席中国全国人大与法国国民议会交流机制第十一次会议并致辞。", "2020-12-16T08:00:00Z"))
                .singleElement().satisfies(t -> assertThat(t.countries()).containsExactly("CHN", "FRA"));
    }
}
