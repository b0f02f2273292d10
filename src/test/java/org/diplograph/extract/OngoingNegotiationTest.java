package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Two sides in the midst of negotiating (双方正在谈判) hold talks, though no verb such as 举行 says so. */
class OngoingNegotiationTest {

    @Test
    void sidesNegotiating_holdTalks() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS,
                "美国驻华大使布兰斯塔德2日表示，美中双方确实在艰难谈判，而进展缓慢。", "2020-07-02T08:00:00Z"))
                .singleElement().satisfies(t -> {
                    assertThat(t.countries()).containsExactly("CHN", "USA");
                    assertThat(t.date()).isEqualTo(LocalDate.of(2020, 7, 2));
                });
    }

    @Test
    void positionsInNegotiations_areNoTalks() throws Exception {
        assertThat(ExtractionFixture.events(EventType.TALKS,
                "美国驻华大使布兰斯塔德2日表示，美中双方在谈判中的立场相距甚远。", "2020-07-02T08:00:00Z")).isEmpty();
    }
}
