package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An undated act told in passing within a dated report does not take the rest of that report. */
class UndatedActInPassingTest {

    /** A call's readout (zaobao, 2020-07-29) that recounts an undated protest (中国坚决反对) on its way. */
    private static final String READOUT =
            "<p>根据中国外交部网站消息，中国国务委员兼外长王毅昨天同英国首席大臣兼外交大臣拉布通电话。</p>"
            + "<p>王毅就涉港问题再次阐述了中国的原则立场，指出香港是中国的香港，涉港事务是中国内政。"
            + "英国近期就香港国安法的一系列言行，违反了不干涉别国内政这一国际关系基本准则，中国坚决反对。"
            + "香港国安法的制定和实施，是为了弥补香港长期以来的法律漏洞，目的是为了健全香港法治。</p>"
            + "<p>拉布表示，英国对华政策没有改变，并始终重视英中关系。"
            + "英国支持促进英中贸易投资关系，愿加强疫苗研发、疫后经济复苏合作。</p>";

    @Test
    void whatFollowsAnUndatedProtestInPassing_isTheCallsReadout() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PHONE_CALL, READOUT, "2020-07-29T02:31:05Z"))
                .singleElement().satisfies(call -> assertThat(call.topics()).contains("covid-19"));
    }

    @Test
    void anUndatedActInPassing_doesNotOwnTheParagraphsAfterIt() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION, "<p>就在过去几周，特朗普政府采取行动，禁止中国社交媒体应用进入美国。"
                + "美国政府还对中国侵犯人权的官员和实体实施制裁。</p>"
                + "<p>至少就目前而言，这项贸易协议令人惊讶地成了一种两国关系稳定的来源。</p>", "2020-08-25T08:00:00Z"))
                .singleElement().satisfies(sanction -> assertThat(sanction.topics()).doesNotContain("trade"));
    }
}
