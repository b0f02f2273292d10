package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A headline protest between the sides of a statement in the body is what the statement said ({@link HeadlineOfStatement}). */
class HeadlineOfStatementTest {

    private static final String BODY = "7月8日，日本防卫大臣河野太郎、美国国防部部长埃斯珀、澳大利亚国防部长雷诺兹举行视频会议，"
            + "并发表联合声明。针对中国在南海和东海频繁的军事活动，三国防长在联合声明中表示：强烈反对单方面的、强硬的军事行动。";

    @Test
    void headlineProtestOfAStatementIsNoProtestOfItsOwn() throws Exception {
        assertThat(ExtractionFixture.events("日美澳防长举行视频会议 表示强烈反对中国强硬的军事行动", BODY,
                "2020-07-08T10:00:00Z"))
                .noneMatch(e -> e.type() == EventType.PROTEST)
                .anySatisfy(e -> assertThat(e.type()).isEqualTo(EventType.STATEMENT));
    }

    @Test
    void headlineProtestWithoutAStatementStands() throws Exception {
        assertThat(ExtractionFixture.events("中国外交部强烈谴责美国", "美国国防部7月8日宣布在南海举行军事演习。",
                "2020-07-08T10:00:00Z"))
                .anySatisfy(e -> assertThat(e.type()).isEqualTo(EventType.PROTEST));
    }
}
