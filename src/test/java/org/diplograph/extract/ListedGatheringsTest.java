package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Gatherings listed one per item, set apart by semicolons, each have the sides named in their own item. */
class ListedGatheringsTest {

    @Test
    void eachListedGatheringHasTheSidesOfItsOwnItem() throws Exception {
        var summits = ExtractionFixture.events(EventType.SUMMIT,
                "这些国际性的会议包括，4月22日到23日，美国总统拜登主持的气候峰会；"
                        + "10月将在中国昆明举行的联合国《生物多样性公约》第十五次缔约方大会。", "2021-04-15T20:00:00Z");
        assertThat(summits).filteredOn(e -> e.organizations().contains("UN")).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("CHN"));
    }

    @Test
    void aListedGatheringTakesNoTopicFromTheHeadline() throws Exception {
        var summits = ExtractionFixture.events("马克龙与默克尔习近平视频峰会聚焦气候议题",
                "这些国际性的会议包括，4月22日到23日，美国总统拜登主持的气候峰会；"
                        + "10月将在中国昆明举行的联合国《生物多样性公约》第十五次缔约方大会。", "2021-04-15T20:00:00Z");
        assertThat(summits).filteredOn(e -> e.organizations().contains("UN")).singleElement()
                .satisfies(e -> assertThat(e.topics()).isEmpty());
    }
}
