package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The numbered points of a speech at a gathering (第一，…第三，…) go on with the report of the gathering. */
class SpeakersPointsTest {

    @Test
    void aNumberedPointFarOn_isATopicOfTheGathering() throws Exception {
        String body = "当地时间11月18日上午，亚太经合组织第二十九次领导人非正式会议在泰国曼谷举行，国家主席习近平出席会议并发表讲话。"
                + "习近平提出几点建议。" + "现在，世界又一次站在历史的十字路口。".repeat(3)
                + "第三，坚持绿色低碳发展，建设清洁美丽的亚太。";
        assertThat(ExtractionFixture.events(EventType.SUMMIT, body, "2022-11-18T12:00:00Z")).singleElement()
                .satisfies(e -> assertThat(e.topics()).contains("climate-change"));
    }

    @Test
    void aSentenceFarOnThatSpeaksForNoOne_isNot() throws Exception {
        String body = "当地时间11月18日上午，亚太经合组织第二十九次领导人非正式会议在泰国曼谷举行，国家主席习近平出席会议并发表讲话。"
                + "习近平提出几点建议。" + "现在，世界又一次站在历史的十字路口。".repeat(3)
                + "泰国近年坚持绿色低碳发展。";
        assertThat(ExtractionFixture.events(EventType.SUMMIT, body, "2022-11-18T12:00:00Z")).singleElement()
                .satisfies(e -> assertThat(e.topics()).doesNotContain("climate-change"));
    }
}
