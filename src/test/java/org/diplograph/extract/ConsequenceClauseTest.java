package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A clause telling a consequence (这也使…得以进行…会晤) is not dated by the clauses of its cause before it. */
class ConsequenceClauseTest {

    @Test
    void causeDateDoesNotDateTheMeetingItMadePossible() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING, "两国上个月在控制住疫情后，正式展开了旅游泡泡，"
                + "这也使澳大利亚总理莫里森和新西兰总理阿德恩得以进行15个月来首次真人会晤。", "2021-05-31T08:00:00Z"))
                .singleElement().satisfies(meeting -> assertThat(meeting.date()).isNotEqualTo(LocalDate.of(2021, 4, 1)));
    }

    @Test
    void dateOfAnEarlierClauseStillDatesAMeetingThatIsNoConsequence() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING, "澳大利亚总理莫里森上个月抵达新西兰，"
                + "和新西兰总理阿德恩进行了15个月来首次真人会晤。", "2021-05-31T08:00:00Z"))
                .singleElement().satisfies(meeting -> assertThat(meeting.date()).isEqualTo(LocalDate.of(2021, 4, 1)));
    }
}
