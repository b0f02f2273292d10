package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a commentator makes of a contact is not what was discussed at it. */
class CommentatorTopicsTest {

    @Test
    void aCommentatorsViewGivesNoTopicToTheContactBefore() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING,
                "中国外长王毅周三在北京会见了韩国外长康京和，双方讨论了经贸合作。时政评论人士陈破空表示，这次会见与台湾问题有关。",
                "2020-11-26T12:00:00Z")).singleElement()
                .satisfies(e -> assertThat(e.topics()).contains("economic-cooperation").doesNotContain("taiwan"));
    }

    @Test
    void anOfficialsWordsAfterTheContactAreItsTopics() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING,
                "中国外长王毅周三在北京会见了韩国外长康京和，双方讨论了经贸合作。康京和表示，双方还谈到了台湾问题。",
                "2020-11-26T12:00:00Z")).singleElement()
                .satisfies(e -> assertThat(e.topics()).contains("economic-cooperation", "taiwan"));
    }
}
