package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a summit's communiqué says is what the summit was about. */
class SummitCommuniqueTest {

    @Test
    void theCommuniqueOfTheSummitGivesItsTopics() throws Exception {
        var summits = ExtractionFixture.events(EventType.SUMMIT,
                "七国集团峰会6月13日在英国康沃尔闭幕，美国、日本、德国、法国领导人出席。"
                        + "各国在G7峰会公报中提到台湾海峡和平稳定的重要性。", "2021-06-14T08:00:00Z");
        assertThat(summits).singleElement().satisfies(e -> assertThat(e.topics()).contains("taiwan"));
    }
}
