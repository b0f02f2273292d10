package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A statement of several sides that warns a state is about that state, which takes part as the one addressed. */
class WarnedStateTest {

    private static final String PUBLISHED = "2021-03-16T10:00:00Z";
    private static final String TALKS = "美国与日本的外交与国防首长今天在东京举行2+2高层级会谈，";

    @Test
    void jointStatementWarningAState_includesThatState() throws Exception {
        assertThat(ExtractionFixture.events(EventType.STATEMENT,
                TALKS + "会后联合声明除就中国「胁迫与破坏稳定行为」提出警告，并特别提到台湾海峡和平稳定的重要性。", PUBLISHED))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "JPN", "USA"));
    }

    @Test
    void jointStatementWelcomingAState_isOnlyTheIssuers() throws Exception {
        assertThat(ExtractionFixture.events(EventType.STATEMENT,
                TALKS + "会后联合声明就中国的经济发展表示欢迎。", PUBLISHED))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("JPN", "USA"));
    }
}
