package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reports of one kind run together without a break, through the whole extraction. */
class RepeatedTriggerTest {

    @Test
    void headlinesRunTogetherAreOneCallEach() throws Exception {
        List<DiplomaticEvent> calls = ExtractionFixture.events("习近平同智利总统通电话习近平同坦桑尼亚总统通电话",
                "正文。", "2020-12-16T12:00:00Z").stream().filter(e -> e.type() == EventType.PHONE_CALL).toList();
        assertThat(calls).extracting(DiplomaticEvent::countries)
                .containsExactlyInAnyOrder(List.of("CHL", "CHN"), List.of("CHN", "TZA"));
    }
}
