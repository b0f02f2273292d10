package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A contact named as the owner of what was said in it, once one is reported, is that one. */
class ReportedContactContentTest {

    @Test
    void contentOfTheCallReported_isNoNewCall() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PHONE_CALL,
                "美国国务卿布林肯28日与欧盟外交和安全政策高级代表博雷利进行通话。"
                        + "普莱斯并未提及两人通话内容是否有触及去年启动的美欧中国对话机制。", "2021-01-28T08:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.organizations()).containsExactly("EU"));
    }

    @Test
    void contentOfACallNotYetReported_isStillOne() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PHONE_CALL,
                "美国总统拜登与英国首相约翰逊1月23日通话内容。", "2021-01-24T08:00:00Z")).hasSize(1);
    }
}
