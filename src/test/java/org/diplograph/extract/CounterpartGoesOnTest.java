package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A sentence after one counterpart's part of a split report goes on with that part, in its paragraph. */
class CounterpartGoesOnTest {

    private static final String CALLS = "美国国家安全顾问沙利文21日分别与英国外交大臣拉布和日本国家安全保障局长北村滋通电话。</p><p>";

    @Test
    void theNextSentenceOfTheParagraph_goesOnWithTheCounterpartNamed() throws Exception {
        List<DiplomaticEvent> calls = ExtractionFixture.events(EventType.PHONE_CALL,
                CALLS + "日本媒体报道说，沙利文在与日本的通话中证实，日美安保条约适用于尖阁列岛。中国称这组小岛为钓鱼岛。",
                "2021-01-22T12:00:00Z");
        assertThat(calls).filteredOn(e -> e.countries().contains("GBR")).singleElement()
                .satisfies(e -> assertThat(e.topics()).doesNotContain("territorial-disputes"));
        assertThat(calls).filteredOn(e -> e.countries().contains("JPN")).singleElement()
                .satisfies(e -> assertThat(e.topics()).contains("territorial-disputes"));
    }

    @Test
    void aNewParagraph_isTheWholeReportsAgain() throws Exception {
        List<DiplomaticEvent> calls = ExtractionFixture.events(EventType.PHONE_CALL,
                CALLS + "日本媒体报道说，沙利文在与日本的通话中证实，日美安保条约适用于尖阁列岛。</p><p>沙利文还谈到了新冠疫情。",
                "2021-01-22T12:00:00Z");
        assertThat(calls).filteredOn(e -> e.countries().contains("GBR")).singleElement()
                .satisfies(e -> assertThat(e.topics()).contains("covid-19"));
    }
}
