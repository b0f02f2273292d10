package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The date of a leading 后 clause is that of what came before the event, not the event's own. */
class EarlierEventDateTest {

    @Test
    void statementAfterDatedTalks_isNotDatedByTheTalks() throws Exception {
        assertThat(ExtractionFixture.events(EventType.STATEMENT,
                "中国特使解振华与美国特使克里于4月15-16日在上海举行会谈后，双方发表“中美应对气候危机联合声明”。",
                "2021-04-18T08:00:00Z")).singleElement()
                .satisfies(statement -> assertThat(statement.date()).isNotEqualTo(LocalDate.of(2021, 4, 15)));
    }

    @Test
    void actDoneAtOnce_keepsTheDayBefore() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PHONE_CALL,
                "6月25日接获通知后，韩国外交部长立即与日本外相通电话。", "2021-06-26T08:00:00Z"))
                .singleElement().extracting(DiplomaticEvent::date).isEqualTo(LocalDate.of(2021, 6, 25));
    }

    @Test
    void actInAPriorClause_isNotDatedByWhatFollowedIt() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "法国外长勒德里昂周三表示，法国准备采取措施，在遭到中方抗议后，法国外长周四再次明确态度。",
                "2020-07-10T08:00:00Z")).isNotEmpty().allSatisfy(protest -> {
                    assertThat(protest.date()).isNotEqualTo(LocalDate.of(2020, 7, 8));
                    assertThat(protest.date()).isNotEqualTo(LocalDate.of(2020, 7, 9));
                });
    }
}
