package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A protest aimed at anyone at all (任何…) names no state it is lodged against. */
class AnyoneCondemnedTest {

    private static final String PUBLISHED = "2021-04-07T12:00:00Z";

    @Test
    void aProtestAtAnyoneIsNoProtestBetweenStates() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "中国驻土耳其大使馆称，中方坚决反对和强烈谴责任何个人或权力对中国主权和领土完整的任何挑战。", PUBLISHED))
                .isEmpty();
    }

    @Test
    void aProtestAtANamedStateStands() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "中国外交部发言人说，中方坚决反对和强烈谴责土耳其对中国主权和领土完整的挑战。", PUBLISHED))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "TUR"));
    }

    @Test
    void whatAParticipantSaysAfterACallStillTellsItsTopics() throws Exception {
        String body = "中央外事工作委员会办公室主任杨洁篪今天与美国国务卿布林肯通话时表示，对话合作应是中美关系主流。</p><p>"
                + "杨洁篪又说，中方积极参与和支持国际抗疫合作，坚决反对任何借疫情对中国污蔑抹黑和甩锅推责的恶劣行径。";
        assertThat(ExtractionFixture.events(EventType.PROTEST, body, PUBLISHED)).isEmpty();
        assertThat(ExtractionFixture.events(EventType.PHONE_CALL, body, PUBLISHED)).singleElement()
                .satisfies(e -> assertThat(e.topics()).contains("covid-19"));
    }
}
