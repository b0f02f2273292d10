package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Topics of reports whose own sentences name none. */
class HeadlineTopicsTest {

    @Test
    void aReportNamingNoTopicTakesTheTopicsOfTheHeadline() throws Exception {
        assertThat(ExtractionFixture.events("蓬佩奥谈气候合作", "美国国务卿蓬佩奥周三访问了印度。",
                "2021-04-15T10:00:00Z")).filteredOn(e -> e.type() == EventType.VISIT).singleElement()
                .satisfies(e -> assertThat(e.topics()).containsExactly("climate-change"));
    }

    @Test
    void aReportNamingATopicKeepsItsOwn() throws Exception {
        assertThat(ExtractionFixture.events("蓬佩奥谈气候合作", "美国国务卿蓬佩奥周三访问了印度，讨论贸易问题。",
                "2021-04-15T10:00:00Z")).filteredOn(e -> e.type() == EventType.VISIT).singleElement()
                .satisfies(e -> assertThat(e.topics()).containsExactly("trade"));
    }
}
