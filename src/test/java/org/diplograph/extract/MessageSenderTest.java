package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A letter and the reply to it are two messages, told apart by the side that sent each. */
class MessageSenderTest {

    @Test
    void theLetterAReplyAnswersIsAMessageOfItsOwn() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MESSAGE,
                "2月5日，国家主席习近平复信老挝国家主席通伦，共同宣布将2026年确定为“中老友好年”。"
                        + "通伦在致习近平的新春贺信中表示，老中传统友谊更加牢固。",
                "2026-02-05T12:00:00Z")).hasSize(2);
    }

    @Test
    void theSameSenderInHisLetterSpeaksOfTheMessageReported() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MESSAGE,
                "2月5日，国家主席习近平复信老挝国家主席通伦，共同宣布将2026年确定为“中老友好年”。"
                        + "习近平在复信中表示，中老两国是好邻居。",
                "2026-02-05T12:00:00Z")).hasSize(1);
    }
}
