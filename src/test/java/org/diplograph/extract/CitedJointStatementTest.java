package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Joint statements cited by the pair that made them ({@link CitedJointStatement}), through the whole extraction. */
class CitedJointStatementTest {

    @Test
    void aPairsJointStatementCitedIsNoStatementIssued() throws Exception {
        assertThat(ExtractionFixture.events(EventType.STATEMENT, "在台湾问题上，日方在日中联合声明中做出的承诺没有丝毫变化。",
                "2022-11-17T10:00:00Z")).isEmpty();
    }

    @Test
    void aJointStatementIssuedIsOne() throws Exception {
        assertThat(ExtractionFixture.events(EventType.STATEMENT, "中国和俄罗斯28日发表中俄联合声明，强调两国战略协作。",
                "2021-06-29T10:00:00Z")).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "RUS"));
    }
}
