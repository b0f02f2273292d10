package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A sanction told as taken is not the one announced for later ({@link TakenNotAnnounced}). */
class TakenNotAnnouncedTest {

    private static List<DiplomaticEvent> sanctionsOf(String body) throws Exception {
        return ExtractionFixture.events(EventType.SANCTION, body, "2020-07-15T10:00:00Z");
    }

    @Test
    void anUndatedMeasureTakenIsNotTheOneOnlyAnnounced() throws Exception {
        List<DiplomaticEvent> sanctions = sanctionsOf("中国政府周二表示，将对美国武器制造商洛克希德•马丁公司实施制裁。</p><p>"
                + "中国已采取报复措施，对一名美国国务院官员和三名美国国会议员实施制裁。");
        assertThat(sanctions).hasSize(2)
                .allSatisfy(e -> assertThat(e.countries()).containsExactly("CHN", "USA"));
        assertThat(sanctions).filteredOn(e -> e.status() == EventStatus.PLANNED)
                .singleElement().satisfies(e -> assertThat(e.date()).hasToString("2020-07-14"));
        assertThat(sanctions).filteredOn(e -> e.status() == EventStatus.OCCURRED)
                .singleElement().satisfies(e -> {
                    assertThat(e.date()).hasToString("2020-07-15");
                    assertThat(e.dateIsReportDate()).isTrue();
                });
    }

    @Test
    void aMeasureTakenToldAgainIsStillOne() throws Exception {
        assertThat(sanctionsOf("中国政府周二宣布对美国武器制造商洛克希德•马丁公司实施制裁。</p><p>"
                + "中国已对洛克希德•马丁公司实施制裁。")).hasSize(1);
    }
}
