package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Words a non-participant gave a newspaper are no topic of the contact told before them. */
class InterviewRemarkTest {

    private static final String CALL = "美国国务卿布林肯18日与日本外相茂木敏充通电话。双方讨论了气候变化问题。"
            + "茂木敏充表示，日本愿同美方加强合作。";

    @Test
    void anOfficialsWordsToANewspaper_areNotTheCallsTopic() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PHONE_CALL, CALL
                + "另外，美国官员坎贝尔对《悉尼先驱晨报》(The Sydney Morning Herald)说，除非北京停止贸易战，否则美中关系不会有任何改善。",
                "2021-03-18T12:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.topics()).contains("climate-change")
                        .doesNotContain("trade"));
    }

    @Test
    void aParticipantsWordsToANewspaper_are() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PHONE_CALL, CALL
                + "茂木敏充对《读卖新闻》说，双方还谈到了贸易问题。", "2021-03-18T12:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.topics()).contains("climate-change", "trade"));
    }
}
