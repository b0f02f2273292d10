package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A call its own clause dates apart from the call reported before is another call, not that one spoken of again. */
class OwnDatedContactTest {

    private static final String CALL = "美国国务卿布林肯今天首度与欧盟外长博雷利进行通话。";

    @Test
    void callDatedMonthsBefore_isACallOfItsOwn() throws Exception {
        var calls = ExtractionFixture.events(EventType.PHONE_CALL, CALL
                + "蓬佩奥去年接受博雷利提议，建立美欧中国对话机制；两人去年10月在电话会议中正式启动这项对话机制。",
                "2021-01-28T08:00:00Z");
        assertThat(calls).extracting(DiplomaticEvent::date)
                .contains(LocalDate.of(2021, 1, 28), LocalDate.of(2020, 10, 1));
    }

    @Test
    void callSpokenOfAgainWithoutADate_isTheSameCall() throws Exception {
        var calls = ExtractionFixture.events(EventType.PHONE_CALL, CALL + "布林肯在通话中表示，美国愿与欧盟加强合作。",
                "2021-01-28T08:00:00Z");
        assertThat(calls).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2021, 1, 28)));
    }
}
