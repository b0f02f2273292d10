package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A sentence after a split report that names one counterpart tells that counterpart's contact only. */
class SplitContactNamedTest {

    private static final String CALLS = "白宫表示，美国国家安全顾问沙利文星期四与他的法国和日本同行进行了首次通话。";

    @Test
    void whatWasSaidToOneCounterpart_isTheTopicOfItsCallOnly() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PHONE_CALL,
                CALLS + "日本媒体报道说，沙利文在通话中证实，日美安保条约适用于钓鱼岛。", "2021-01-22T08:00:00Z"))
                .hasSize(2).allSatisfy(call -> {
                    if (call.countries().contains("JPN")) {
                        assertThat(call.topics()).contains("territorial-disputes");
                    } else {
                        assertThat(call.topics()).doesNotContain("territorial-disputes");
                    }
                });
    }

    @Test
    void whatFollowsWithoutNamingACounterpart_isTheTopicOfEveryCall() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PHONE_CALL,
                CALLS + "双方讨论了新冠疫情。", "2021-01-22T08:00:00Z"))
                .hasSize(2).allSatisfy(call -> assertThat(call.topics()).contains("covid-19"));
    }
}
