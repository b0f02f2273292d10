package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the sides said near the end of a long readout of their talks is a topic of the talks. */
class LongReadoutTest {

    @Test
    void aMatterRaisedTwentySentencesOn_isATopicOfTheTalks() throws Exception {
        String body = "当地时间3月21日下午，国家主席习近平在莫斯科克里姆林宫同俄罗斯总统普京举行会谈。"
                + "习近平指出，中方愿同俄方一道，继往开来。".repeat(9)
                + "普京表示，俄方愿同中方加强沟通。".repeat(9)
                + "普京表示，俄方坚定支持中方在涉台、涉港、涉疆等问题上维护自身正当利益。";
        assertThat(ExtractionFixture.events(EventType.TALKS, body, "2023-03-22T12:00:00Z")).singleElement()
                .satisfies(e -> assertThat(e.topics()).contains("taiwan", "hong-kong", "xinjiang"));
    }
}
