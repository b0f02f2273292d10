package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A statement that condemns what a protest told before it condemned is how that protest was made. */
class CondemningStatementTest {

    private static final String PUBLISHED = "2020-12-13T12:00:00Z";

    @Test
    void statementCondemningAfterAProtest_isNoStatementOfItsOwn() throws Exception {
        var events = ExtractionFixture.events(
                "周六法国对伊朗处决持不同政见记者扎姆发出严正谴责。法国在一份声明中说：“法国以最强烈的措词，谴责伊朗严重侵犯"
                        + "言论自由和新闻自由的行为。”", PUBLISHED);
        assertThat(events).noneSatisfy(e -> assertThat(e.type()).isEqualTo(EventType.STATEMENT));
        assertThat(events).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.PROTEST);
            assertThat(e.countries()).containsExactly("FRA", "IRN");
        });
    }

    @Test
    void statementCriticisingWithNoProtestBefore_staysAStatement() throws Exception {
        assertThat(ExtractionFixture.events(EventType.STATEMENT,
                "美国白宫国家安全委员会发言人尤利奥特30日发声明，批评中国违背国际承诺。", "2020-06-30T12:00:00Z"))
                .anySatisfy(e -> assertThat(e.countries()).containsExactly("CHN", "USA"));
    }
}
