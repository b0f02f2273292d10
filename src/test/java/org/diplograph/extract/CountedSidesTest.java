package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Talks whose sides the report counts (美日韩3国外长会谈) are not the talks of a side fewer. */
class CountedSidesTest {

    @Test
    void trilateralTalksCounted_stayApartFromBilateralTalks() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS,
                "日本外务省2日宣布，日本外务大臣茂木敏充3日将与美国国务卿布林肯会谈。"
                        + "美日两国政府正在磋商举办美日韩三国外长会谈。", "2021-05-02T08:00:00Z"))
                .extracting(DiplomaticEvent::countries)
                .containsExactlyInAnyOrder(java.util.List.of("JPN", "USA"), java.util.List.of("JPN", "KOR", "USA"));
    }
}
