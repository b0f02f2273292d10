package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A numbered round of talks is formal talks, whatever verb brings it in (triggers.tsv). */
class NumberedTalksSessionTest {

    @Test
    void attendingANumberedRoundOfConsultationsIsTalks() throws Exception {
        List<DiplomaticEvent> talks = ExtractionFixture.events(EventType.TALKS,
                "美俄在举行峰会前，5月25日，当时正在莫斯科出席中俄第十六轮战略安全磋商的中共中央政治局委员杨洁篪与普京通了电话。",
                "2021-07-01T10:00:00Z");
        assertThat(talks).singleElement().satisfies(e -> {
            assertThat(e.countries()).containsExactly("CHN", "RUS");
            assertThat(e.date()).hasToString("2021-05-25");
        });
    }
}
