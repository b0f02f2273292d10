package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each of two sides may protest at the other on one day: two acts, told apart by who lodged each ({@link EventMerger}). */
class ProtestsOfEachSideTest {

    @Test
    void aProtestAnsweredByTheOtherSideIsTwoProtests() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "俄罗斯外交部26日召见意大利驻俄大使表示抗议。意大利外交部表示，俄罗斯此举没有理由且不公正。",
                "2021-04-26T10:00:00Z"))
                .extracting(DiplomaticEvent::key)
                .containsExactlyInAnyOrder("Protest|ITA,RUS|2021-04-26|RUS", "Protest|ITA,RUS|2021-04-26|ITA");
    }

    @Test
    void theSameSideProtestingAgainIsOneProtest() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "俄罗斯外交部26日召见意大利驻俄大使表示抗议。俄罗斯外交部发言人表示，意大利此举没有理由且不公正。",
                "2021-04-26T10:00:00Z"))
                .extracting(DiplomaticEvent::key).containsExactly("Protest|ITA,RUS|2021-04-26");
    }
}
