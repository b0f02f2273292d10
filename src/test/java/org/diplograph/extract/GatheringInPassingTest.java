package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A summit told by its own month as the time after which the news happened: held then, by the members named. */
class GatheringInPassingTest {

    private static final String CALL = "中国国家主席习近平5日和法国总统马克龙、德国总理默克尔举行视频峰会。"
            + "这是6月的G7峰会后，三国领导人首度通话。";

    private static List<DiplomaticEvent> events(String body) throws Exception {
        return ExtractionFixture.events(body, "2021-07-06T08:00:00Z");
    }

    @Test
    void aSummitToldByItsMonthTookPlaceWithTheMembersOfTheContactToldWithIt() throws Exception {
        assertThat(events(CALL)).filteredOn(e -> e.organizations().contains("G7")).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.SUMMIT);
            assertThat(e.countries()).containsExactly("DEU", "FRA");
            assertThat(e.date()).hasToString("2021-06-01");
        });
    }

    @Test
    void whatFollowsIsTheNewsUnlessItNamesTheGroupingAgain() throws Exception {
        var events = events(CALL + "德法等国在G7峰会公报中提到台湾海峡和平稳定的重要性。"
                + "习近平在会中指出，中欧应加强气候变化合作。");
        assertThat(events).filteredOn(e -> e.organizations().contains("G7")).singleElement()
                .satisfies(e -> assertThat(e.topics()).contains("taiwan").doesNotContain("climate-change"));
        assertThat(events).filteredOn(e -> e.countries().contains("CHN") && e.organizations().isEmpty())
                .singleElement().satisfies(e -> assertThat(e.topics()).contains("climate-change"));
    }

    @Test
    void aSummitNamedWithItsMonthButNotAsATimePastNeedsToBeHeld() throws Exception {
        assertThat(events("中国国家主席习近平5日和法国总统马克龙、德国总理默克尔举行视频峰会。"
                + "各方讨论了6月的G7峰会。")).noneMatch(e -> e.organizations().contains("G7"));
    }
}
