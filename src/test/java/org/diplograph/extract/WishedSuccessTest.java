package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A gathering whose success a side pledges to ensure or support is what it said, not a report of it. */
class WishedSuccessTest {

    @Test
    void aGatheringWhoseSuccessIsToBeEnsuredIsNoEvent() throws Exception {
        var summits = ExtractionFixture.events(EventType.SUMMIT,
                "习近平表示，中国愿和欧洲一起确保10月在昆明举行的生物多样性公约第15次缔约方大会，"
                        + "和11月在英国格拉斯哥举行的联合国气候变化框架公约第26次缔约方会议均取得成果。",
                "2021-07-05T20:00:00Z");
        assertThat(summits).isEmpty();
    }

    @Test
    void aGatheringHeldStaysAnEvent() throws Exception {
        var summits = ExtractionFixture.events(EventType.SUMMIT,
                "联合国气候变化框架公约第26次缔约方大会11月1日在英国格拉斯哥举行，会议取得成果。",
                "2021-11-01T20:00:00Z");
        assertThat(summits).hasSize(1);
    }
}
