package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A statement that disowns an act (无意…重启对话) announces none, and its reports keep every side they name.
 */
class StatementAddresseesTest {

    private static final String PUBLISHED = "2020-07-08T02:00:00Z";
    private static final String FIRST = "朝鲜外务省7日在美国国务院常务副国务卿比根访韩之际发表谈话，重申朝方无意与美国重启对话，并拒绝韩方在朝美之间斡旋。";

    @Test
    void statementDisowningAnAct_isAStatementOfItsOwn() throws Exception {
        assertThat(ExtractionFixture.events(EventType.STATEMENT, FIRST, PUBLISHED))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("KOR", "PRK", "USA"));
    }

    @Test
    void laterReportNamingFewerSides_keepsTheSidesOfTheFirst() throws Exception {
        assertThat(ExtractionFixture.events(EventType.STATEMENT, FIRST
                + "</p><p>据朝中社报道，朝鲜外务省局长权正根当天发表谈话称，朝方再次明确表示不愿与美国面对面对话。", PUBLISHED))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("KOR", "PRK", "USA"));
    }
}
