package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Calls told by the means (通过电话, 在电话中) rather than by a verb of calling (通电话, 通话). */
class CallByPhoneTest {

    @Test
    void leadersWhoTalkedThroughThePhoneMadeACallEach() throws Exception {
        List<DiplomaticEvent> calls = ExtractionFixture.events(EventType.PHONE_CALL,
                "法国总统马克龙本周已经与德国、意大利等国家领导人通过电话。", "2021-02-03T08:00:00Z");
        assertThat(calls.stream().map(e -> Set.copyOf(e.countries())))
                .containsExactlyInAnyOrder(Set.of("FRA", "DEU"), Set.of("FRA", "ITA"));
    }

    @Test
    void whatALeaderToldAnotherOnThePhoneReportsTheirCall() throws Exception {
        List<DiplomaticEvent> calls = ExtractionFixture.events(EventType.PHONE_CALL,
                "日本首相菅义伟3日在电话中告诉澳大利亚总理莫里森，日本愿意加强两国防务合作。", "2021-02-03T08:00:00Z");
        assertThat(calls).singleElement().satisfies(call ->
                assertThat(call.countries()).containsExactlyInAnyOrder("JPN", "AUS"));
    }

    @Test
    void aBriefingGivenToReportersByPhoneIsNoCall() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PHONE_CALL,
                "美国助理国务卿史达伟星期五通过电话向记者介绍了国务卿访问日本和韩国的行程。", "2021-02-03T08:00:00Z"))
                .isEmpty();
    }
}
