package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A sentence opening with the bare word 政府 goes on about the government named before it
 * ({@link GovernmentReferredBack}); a day given to what no state did does not date it ({@link NonStateDay}).
 */
class GovernmentReferredBackTest {

    @Test
    void bareGovernmentIsTheOneNamedInTheSentenceBefore() throws Exception {
        assertThat(ExtractionFixture.events(EventType.EXPULSION,
                "美国政府本月采取多项行动。政府还关闭了中国驻休斯敦领馆。", "2020-08-25T10:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "USA"));
    }

    @Test
    void twoGovernmentsBeforeLeaveTheBareOneUnknown() throws Exception {
        assertThat(ExtractionFixture.events(EventType.EXPULSION,
                "美国政府和英国政府本月采取多项行动。政府还关闭了中国驻休斯敦领馆。", "2020-08-25T10:00:00Z"))
                .isEmpty();
    }

    @Test
    void aCompanysDayDoesNotDateTheNextSentence() throws Exception {
        assertThat(ExtractionFixture.events(EventType.EXPULSION,
                "TikTok于周一提起诉讼，指责美国政府剥夺其正当程序权益。政府还关闭了中国驻休斯敦领馆。",
                "2020-08-25T10:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.dateIsReportDate()).isTrue());
    }

    @Test
    void aStatesDayStillDatesTheNextSentence() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "中国外交部发言人赵立坚19日主持例行记者会。赵立坚表示，中方对美国的做法表示强烈不满。", "2020-07-21T10:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.date()).hasToString("2020-07-19"));
    }
}
