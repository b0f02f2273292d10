package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A count of states at a summit (这四国, 上述三国) stands for the states the sentence before lists. */
class CountedCountriesTest {

    private static List<DiplomaticEvent> summits(String body) throws Exception {
        return ExtractionFixture.events(body, "2020-10-28T08:00:00Z").stream()
                .filter(e -> e.type() == EventType.SUMMIT).toList();
    }

    @Test
    void theseFourCountriesAreTheFourListedInTheSentenceBefore() throws Exception {
        assertThat(summits("近期，美国、印度、日本与澳大利亚组成了一个对抗中国的非正式联盟。"
                + "上个月，这四国的外长在日本东京举行了「四方会议」。"))
                .singleElement().satisfies(summit -> {
                    assertThat(summit.countries()).containsExactlyInAnyOrder("AUS", "IND", "JPN", "USA");
                    assertThat(summit.organizations()).containsExactly("QUAD");
                });
    }

    @Test
    void aCountThatFitsNoListAddsNobody() throws Exception {
        assertThat(summits("近期，美国与日本加强了同盟关系。上个月，这四国的外长在日本东京举行了「四方会议」。"))
                .allSatisfy(summit -> assertThat(summit.countries()).doesNotContain("USA"));
    }

    @Test
    void aTrilateralMeetingOfStatesIsASummit() throws Exception {
        assertThat(summits("美日韩三方会议10日在东京举行。")).singleElement()
                .satisfies(summit -> assertThat(summit.countries()).containsExactlyInAnyOrder("JPN", "KOR", "USA"));
    }
}
