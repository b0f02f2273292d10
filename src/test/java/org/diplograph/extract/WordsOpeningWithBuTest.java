package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Words that open with 不 (不久, 不输) negate nothing that follows them (WordsOpeningWithBu). */
class WordsOpeningWithBuTest {

    @Test
    void aVisitMadeNotLongAgoIsTold() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT, "美国国务卿蓬佩奥不久前访问了日本。", "2020-08-29T08:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("JPN", "USA"));
    }

    @Test
    void aVisitComparedWithIsTold() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "庄人祥强调，防疫保护不输先前来台的美国卫生部长阿扎。", "2020-08-29T08:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("TWN", "USA"));
    }

    @Test
    void aVisitNegatedStaysNoEvent() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT, "美国国务卿蓬佩奥不访问日本。", "2020-08-29T08:00:00Z"))
                .isEmpty();
    }
}
