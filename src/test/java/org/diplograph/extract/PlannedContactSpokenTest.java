package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the persons of a planned contact will discuss, told after an earlier contact between them is recalled. */
class PlannedContactSpokenTest {

    private static final String REPORT = "日本外务大臣茂木敏充3日上午将与美国国务卿布林肯会谈。"
            + "茂木与布林肯上一次举行双边会谈是3月中旬在东京。"
            + "茂木与布林肯将针对美日同盟的强化、南海、缅甸局势等议题交换意见。";

    @Test
    void plansOfItsPersonsAreThePlannedContactsTopics() throws Exception {
        List<DiplomaticEvent> talks = ExtractionFixture.events(EventType.TALKS, REPORT, "2021-05-02T06:00:00Z");
        assertThat(talks).filteredOn(t -> t.status() == EventStatus.PLANNED).singleElement()
                .satisfies(t -> assertThat(t.topics()).contains("south-china-sea", "myanmar"));
        assertThat(talks).filteredOn(t -> t.status() == EventStatus.OCCURRED).singleElement()
                .satisfies(t -> assertThat(t.topics()).doesNotContain("south-china-sea", "myanmar"));
    }

    @Test
    void surnameAloneOfAJapaneseMinisterIsThatMinister() throws Exception {
        List<DiplomaticEvent> talks = ExtractionFixture.events(EventType.TALKS, REPORT, "2021-05-02T06:00:00Z");
        assertThat(talks).filteredOn(t -> t.status() == EventStatus.OCCURRED).singleElement()
                .satisfies(t -> {
                    assertThat(t.countries()).containsExactly("JPN", "USA");
                    assertThat(t.date()).hasToString("2021-03-11");
                });
    }
}
