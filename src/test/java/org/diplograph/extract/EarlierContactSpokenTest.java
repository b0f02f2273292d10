package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the counterpart of an earlier contact said, reported after a later contact. */
class EarlierContactSpokenTest {

    private static final String CALLS = "中国国务院总理李克强周三晚与西班牙首相桑切斯通话。"
            + "中国总理李克强也同荷兰首相吕特通了话。"
            + "桑切斯向李克强表示，西班牙愿加强应对气候变化合作。";

    @Test
    void remarksOfTheEarlierCounterpartAreTheEarlierCallsTopics() throws Exception {
        List<DiplomaticEvent> calls = ExtractionFixture.events(EventType.PHONE_CALL, CALLS, "2020-12-24T08:00:00Z");
        assertThat(calls).filteredOn(c -> c.countries().contains("ESP")).singleElement()
                .satisfies(c -> assertThat(c.topics()).contains("climate-change"));
        assertThat(calls).filteredOn(c -> c.countries().contains("NLD")).singleElement()
                .satisfies(c -> assertThat(c.topics()).doesNotContain("climate-change"));
    }

    @Test
    void remarksOfTheLatestCounterpartStayWithTheLatestCall() throws Exception {
        List<DiplomaticEvent> calls = ExtractionFixture.events(EventType.PHONE_CALL,
                CALLS.replace("桑切斯向李克强", "吕特向李克强").replace("西班牙愿", "荷兰愿"), "2020-12-24T08:00:00Z");
        assertThat(calls).filteredOn(c -> c.countries().contains("NLD")).singleElement()
                .satisfies(c -> assertThat(c.topics()).contains("climate-change"));
        assertThat(calls).filteredOn(c -> c.countries().contains("ESP")).singleElement()
                .satisfies(c -> assertThat(c.topics()).doesNotContain("climate-change"));
    }
}
