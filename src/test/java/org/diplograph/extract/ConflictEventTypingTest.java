package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which wording reports a sanction or an expulsion, and which only speaks of one ({@link EventExtractor}). */
class ConflictEventTypingTest {

    private static List<DiplomaticEvent> eventsOf(String body, String published) throws Exception {
        return ExtractionFixture.events("测试", body, published);
    }

    @Test
    void aMeasureCalledIllegalByItsTargetIsNoNewSanction() throws Exception {
        assertThat(eventsOf("发言人还说，美方因中方企业和个人参与本国相关建设而对其实施非法制裁，毫无道理。", "2020-08-27T10:00:00Z"))
                .extracting(DiplomaticEvent::type).doesNotContain(EventType.SANCTION);
        assertThat(eventsOf("郑泽光宣称，美方对中国中央政府和香港特区政府官员实施所谓制裁，充分证明美方就是幕后黑手。",
                "2020-12-08T10:00:00Z")).extracting(DiplomaticEvent::type).doesNotContain(EventType.SANCTION);
    }

    @Test
    void orderingAnAmbassadorOutOrAConsulateClosedIsAnExpulsion() throws Exception {
        assertThat(eventsOf("委内瑞拉总统马杜洛今天下令欧洲联盟驻委国大使佩德罗沙72小时离境。", "2020-06-29T20:00:00Z"))
                .filteredOn(e -> e.type() == EventType.EXPULSION).singleElement()
                .satisfies(e -> {
                    assertThat(e.countries()).containsExactly("VEN");
                    assertThat(e.organizations()).containsExactly("EU");
                });
        assertThat(eventsOf("美国国务院周二下令中国在72小时内关闭驻休斯敦总领馆。", "2020-07-22T10:00:00Z"))
                .filteredOn(e -> e.type() == EventType.EXPULSION).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "USA"));
    }
}
