package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Calls told with the aspect particle inside the verb (通了话). */
class CallSplitByParticleTest {

    @Test
    void talkingOnThePhoneWithTheParticleIsACallWithItsParticipants() throws Exception {
        List<DiplomaticEvent> calls = ExtractionFixture.events(EventType.PHONE_CALL,
                "昨晚，中国总理李克强也同荷兰首相吕特通了话，他向吕特表示，中方愿同欧盟共同努力。", "2020-12-24T08:00:00Z");
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.countries()).containsExactlyInAnyOrder("CHN", "NLD");
            assertThat(call.persons()).extracting(Participant::name).contains("李克强", "吕特");
        });
    }
}
