package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A joint statement that warns or calls on a state has it as a side ({@link StatementTarget}). */
class StatementTargetTest {

    @Test
    void theStateAJointStatementWarnsIsASide() throws Exception {
        assertThat(ExtractionFixture.events(EventType.STATEMENT,
                "美国与日本的外交与国防首长今天在东京举行会谈，会后联合声明除就中国“胁迫与破坏稳定行为”提出警告，"
                        + "并特别提到台湾海峡和平稳定的重要性。", "2021-03-16T10:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "JPN", "USA"));
    }

    @Test
    void aStateAJointStatementOnlyMentionsIsNoSide() throws Exception {
        assertThat(ExtractionFixture.events(EventType.STATEMENT,
                "美国与日本今天发表联合声明，强调台湾海峡和平稳定的重要性。", "2021-03-16T10:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("JPN", "USA"));
    }
}
