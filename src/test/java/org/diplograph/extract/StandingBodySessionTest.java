package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A numbered session of a standing body of two sides (交流机制第十一次会议, 议会合作委员会第八次会议) is a round
 * of talks between them (triggers.tsv); a parliament named 国民议会 speaks for its country.
 */
class StandingBodySessionTest {

    @Test
    void sessionOfAnExchangeMechanismBetweenParliamentsIsTalks() throws Exception {
        List<DiplomaticEvent> talks = ExtractionFixture.events(EventType.TALKS,
                "栗战书16日出席中国全国人大与法国国民议会交流机制第十一次会议并致辞。", "2020-12-16T11:00:00Z");
        assertThat(talks).singleElement().satisfies(e -> {
            assertThat(e.countries()).containsExactly("CHN", "FRA");
            assertThat(e.date()).hasToString("2020-12-16");
        });
    }

    @Test
    void sessionOfACooperationCommitteeIsTalks() throws Exception {
        List<DiplomaticEvent> talks = ExtractionFixture.events(EventType.TALKS,
                "栗战书15日同俄罗斯国家杜马主席沃洛金共同主持中俄议会合作委员会第八次会议。", "2023-11-15T11:00:00Z");
        assertThat(talks).singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "RUS"));
    }

    @Test
    void sessionOfADomesticCommitteeIsNoTalks() throws Exception {
        assertThat(ExtractionFixture.events("习近平16日主持召开中央全面深化改革委员会第二十次会议。", "2021-07-09T11:00:00Z"))
                .isEmpty();
    }
}
