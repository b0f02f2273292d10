package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A contact between the same sides recalled in passing does not take the rest of the report it interrupts. */
class ReportResumedTest {

    private static final String CALLS = "中国外交部7月18日发布通报介绍称，中国国务委员兼外长王毅17日同俄罗斯外长拉夫罗夫通电话。"
            + "王毅称，两国元首的战略引领是中俄关系的最大政治优势。上周，两国元首再次通话，确认继续相互坚定支持。";

    @Test
    void whatFollowsARecalledCall_isTheReportedCalls() throws Exception {
        List<DiplomaticEvent> calls = ExtractionFixture.events(EventType.PHONE_CALL,
                "<p>" + CALLS + "双方要进一步落实两国元首共识，深化抗疫和务实合作。</p>", "2020-07-18T12:00:00Z");
        assertThat(calls).filteredOn(e -> e.date().equals(LocalDate.of(2020, 7, 17))).singleElement()
                .satisfies(e -> assertThat(e.topics()).contains("covid-19"));
        assertThat(calls).filteredOn(e -> e.date().isBefore(LocalDate.of(2020, 7, 13))).singleElement()
                .satisfies(e -> assertThat(e.topics()).doesNotContain("covid-19"));
    }

    @Test
    void aParagraphOpenedByTheEarlierCall_isItsOwn() throws Exception {
        List<DiplomaticEvent> calls = ExtractionFixture.events(EventType.PHONE_CALL,
                "中国国务委员兼外长王毅17日同俄罗斯外长拉夫罗夫通电话。</p><p>上周，两国元首再次通话，确认继续相互坚定支持。"
                        + "两国元首同意深化抗疫合作。", "2020-07-18T12:00:00Z");
        assertThat(calls).filteredOn(e -> e.date().isBefore(LocalDate.of(2020, 7, 13))).singleElement()
                .satisfies(e -> assertThat(e.topics()).contains("covid-19"));
    }
}
