package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A joint statement where something was once set down is a document, not a statement issued now. */
class StatementAsDocumentTest {

    @Test
    void commitmentMadeInAJointStatement_isNoStatement() throws Exception {
        assertThat(ExtractionFixture.events(EventType.STATEMENT,
                "在台湾问题上，日方在日中联合声明中做出的承诺没有丝毫变化。", "2022-11-18T12:00:00Z")).isEmpty();
    }

    @Test
    void jointStatementIssued_isStillOne() throws Exception {
        assertThat(ExtractionFixture.events(EventType.STATEMENT,
                "日本与中国今天发表联合声明，双方同意加强合作。", "2022-11-18T12:00:00Z")).isNotEmpty();
    }
}
