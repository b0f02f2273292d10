package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Statements that announce another act ({@link AnnouncingStatement}), through the whole extraction. */
class AnnouncingStatementTest {

    @Test
    void aStatementAnnouncingAClosureIsPartOfTheClosure() throws Exception {
        assertThat(ExtractionFixture.events("中国外交部在一份声明中表示，关闭美国驻成都总领馆符合国际法和外交惯例。",
                "2020-07-24T10:00:00Z")).extracting(DiplomaticEvent::type)
                .contains(EventType.EXPULSION).doesNotContain(EventType.STATEMENT);
    }

    @Test
    void aStatementCriticisingAStateIsAStatement() throws Exception {
        // Criticism is what the statement says, not an act it announces.
        assertThat(ExtractionFixture.events(EventType.STATEMENT,
                "美国白宫国家安全委员会发言人尤利奥特30日发声明，批评中国违背国际承诺。", "2020-06-30T10:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "USA"));
    }

    @Test
    void anActWarnedOfFurtherOnIsNotAnnounced() throws Exception {
        assertThat(ExtractionFixture.events(EventType.STATEMENT,
                "美国白宫发言人尤利奥特30日发声明，批评中国违背国际承诺，警告将对扼杀香港自由的责任人实施制裁。",
                "2020-06-30T10:00:00Z")).hasSize(1);
    }
}
