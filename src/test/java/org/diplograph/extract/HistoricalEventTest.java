package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Agreements and other acts that articles recount from history, and acts they name without reporting. */
class HistoricalEventTest {

    private static final String PUBLISHED = "2021-07-01T10:00:00Z";

    @Test
    void givesARecalledActOnlyTheTopicsOfItsParagraph() throws Exception {
        List<DiplomaticEvent> events = ExtractionFixture.events("习近平和普京6月28日举行视频会晤，双方发表联合声明。"
                + "</p><p>1994年9月3日，中俄两国签署《中俄国界西段协定》，解决了边界问题。"
                + "</p><p>中俄将深化能源合作。", PUBLISHED);
        DiplomaticEvent border = events.stream().filter(e -> e.type() == EventType.AGREEMENT).findFirst().orElseThrow();
        assertThat(border.topics()).contains("territorial-disputes").doesNotContain("energy");
    }
}
