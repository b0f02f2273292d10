package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A reply letter (复信) to a leader is a message between states; one to a business group is not (triggers.tsv). */
class ReplyLetterTest {

    @Test
    void replyToAnotherStatesLeaderIsAMessage() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MESSAGE,
                "2月5日，中共中央总书记、国家主席习近平复信老挝人民革命党中央总书记、国家主席通伦，共同宣布将2026年确定为“中老友好年”。",
                "2026-02-05T11:00:00Z")).singleElement().satisfies(e -> {
                    assertThat(e.countries()).containsExactly("CHN", "LAO");
                    assertThat(e.date()).hasToString("2026-02-05");
                });
    }

    @Test
    void replyToAChamberOfCommerceIsNoMessage() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MESSAGE,
                "今年5月，习近平主席复信中国丹麦商会负责人，勉励中国丹麦商会及会员企业为增进中丹友好作出新贡献。",
                "2025-08-20T11:00:00Z")).isEmpty();
    }
}
