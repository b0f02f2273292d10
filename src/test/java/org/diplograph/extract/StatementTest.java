package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Statements issued, through the whole extraction. */
class StatementTest {

    @Test
    void aSpokespersonsWordsOnAStatementIssueNone() throws Exception {
        // The 发 of 发言人 is no issuing verb.
        assertThat(ExtractionFixture.events("中国外交部发言人赵立坚就美国国务院的声明回应说，美方的做法严重违反国际法。",
                "2020-07-14T08:00:00Z")).extracting(DiplomaticEvent::type).doesNotContain(EventType.STATEMENT);
    }
}
