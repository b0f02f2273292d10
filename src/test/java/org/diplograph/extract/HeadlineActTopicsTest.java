package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A headline that names an act gives its topics to reports of that kind of act only. */
class HeadlineActTopicsTest {

    private static final String HEADLINE = "菅义伟与习近平通电话 涉香港钓鱼岛";

    @Test
    void anActOfAnotherKindTakesNoTopicsOfAHeadlineNamingACall() throws Exception {
        assertThat(ExtractionFixture.events(HEADLINE, "日本政府去年邀请习近平以国宾身份访日。",
                "2020-09-25T10:00:00Z")).filteredOn(e -> e.type() == EventType.INVITATION).singleElement()
                .satisfies(e -> assertThat(e.topics()).isEmpty());
    }

    @Test
    void aCallTakesTheTopicsOfAHeadlineNamingACall() throws Exception {
        assertThat(ExtractionFixture.events(HEADLINE, "日本首相菅义伟25日晚与中国国家主席习近平通电话。",
                "2020-09-25T10:00:00Z")).filteredOn(e -> e.type() == EventType.PHONE_CALL).singleElement()
                .satisfies(e -> assertThat(e.topics()).contains("territorial-disputes"));
    }
}
