package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Some sentences after a contact, only those that still speak for it give it topics. */
class ReportGoesOnTest {

    private static final String CALL = "中国外长王毅周三同韩国外长康京和通电话，双方讨论了经贸合作。王毅介绍了中方立场。"
            + "康京和感谢中方支持。";

    @Test
    void backgroundFurtherOnGivesNoTopic() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PHONE_CALL,
                CALL + "去年，韩国对中国出口的芯片价值约1000亿美元。", "2020-11-26T12:00:00Z")).singleElement()
                .satisfies(e -> assertThat(e.topics()).contains("economic-cooperation").doesNotContain("technology"));
    }

    @Test
    void wordsOfASideFurtherOnAreTopics() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PHONE_CALL,
                CALL + "韩方表示愿同中方加强芯片领域合作。", "2020-11-26T12:00:00Z")).singleElement()
                .satisfies(e -> assertThat(e.topics()).contains("economic-cooperation", "technology"));
    }

    @Test
    void theSentenceRightAfterTheContactIsItsReportWhateverItSays() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PHONE_CALL,
                "中国外长王毅周三同韩国外长康京和通电话。芯片合作是重点。", "2020-11-26T12:00:00Z")).singleElement()
                .satisfies(e -> assertThat(e.topics()).contains("technology"));
    }
}
