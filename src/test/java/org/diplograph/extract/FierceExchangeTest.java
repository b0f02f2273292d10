package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Officials of two states who hold a fierce exchange (进行了激烈交锋) have met: talks only where the text says so. */
class FierceExchangeTest {

    @Test
    void fierceExchangeHeld_isAMeeting() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING,
                "今年三月，中国外长王毅与美国国务卿布林肯在阿拉斯加进行了激烈交锋。", "2021-07-14T08:00:00Z"))
                .singleElement().satisfies(t -> {
                    assertThat(t.countries()).containsExactly("CHN", "USA");
                    assertThat(t.date()).isEqualTo(LocalDate.of(2021, 3, 1));
                    assertThat(t.endDate()).contains(LocalDate.of(2021, 3, 31));
                });
    }
}
