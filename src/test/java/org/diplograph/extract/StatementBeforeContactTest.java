package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A contact still to come has no readout yet ({@link EventMerger}). */
class StatementBeforeContactTest {

    @Test
    void aStatementOnTheDayTalksAreDueIsAStatement() throws Exception {
        assertThat(ExtractionFixture.events(EventType.STATEMENT, "澳大利亚总理莫里森31日将与新西兰总理阿德恩举行会谈。"
                + "澳大利亚贸易部长也在第一时间透过声明表示欢迎新西兰支持以规则为基准的贸易体系。",
                "2021-05-31T02:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("AUS", "NZL"));
    }

    @Test
    void aStatementOnTheDayOfTalksHeldIsTheirReadout() throws Exception {
        assertThat(ExtractionFixture.events(EventType.STATEMENT, "澳大利亚总理莫里森31日与新西兰总理阿德恩举行会谈。"
                + "澳大利亚总理府在声明中说，两国总理讨论了贸易问题。", "2021-05-31T10:00:00Z")).isEmpty();
    }
}
