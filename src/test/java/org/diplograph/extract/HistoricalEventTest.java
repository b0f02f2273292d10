package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Agreements and other acts that articles recount from history, and acts they name without reporting. */
class HistoricalEventTest {

    private static final String PUBLISHED = "2021-07-01T10:00:00Z";

    private static List<DiplomaticEvent> agreements(String body) throws Exception {
        return ExtractionFixture.events(body, PUBLISHED).stream().filter(e -> e.type() == EventType.AGREEMENT).toList();
    }

    @Test
    void readsNoSigningIntoAnAnniversaryOrAWish() throws Exception {
        assertThat(agreements("本周日，中国和朝鲜两国迎来了签署《中朝友好合作互助条约》60周年的纪念日。")).isEmpty();
        assertThat(agreements("台湾跟美国这么大的贸易量要签署贸易协定，需要相当长的时间洽谈。")).isEmpty();
        assertThat(agreements("中国和朝鲜于1961年7月11日签署了《中朝友好合作互助条约》。")).hasSize(1);
    }

    @Test
    void leavesAnUndatedActOfThePastToTheBackground() throws Exception {
        assertThat(agreements("二战结束，中华民国政府曾和当时的英国政府签订协定，明确香港将于50年后归还。")).isEmpty();
        assertThat(agreements("1943年，中华民国政府曾和英国政府签订协定。")).hasSize(1);
    }

    @Test
    void givesARecalledActOnlyTheTopicsOfItsParagraph() throws Exception {
        List<DiplomaticEvent> events = ExtractionFixture.events("习近平和普京6月28日举行视频会晤，双方发表联合声明。"
                + "</p><p>1994年9月3日，中俄两国签署《中俄国界西段协定》，解决了边界问题。"
                + "</p><p>中俄将深化能源合作。", PUBLISHED);
        DiplomaticEvent border = events.stream().filter(e -> e.type() == EventType.AGREEMENT).findFirst().orElseThrow();
        assertThat(border.topics()).contains("territorial-disputes").doesNotContain("energy");
    }
}
