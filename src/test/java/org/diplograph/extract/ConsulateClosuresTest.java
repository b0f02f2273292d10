package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Closures of each side's consulate are two acts between the same sides ({@link ExpelledSide}, {@link EventMerger}). */
class ConsulateClosuresTest {

    private static List<DiplomaticEvent> expulsionsOf(String body) throws Exception {
        return ExtractionFixture.events(EventType.EXPULSION, body, "2020-07-24T10:00:00Z");
    }

    @Test
    void closingTheOtherSidesConsulateInAnswerIsASecondAct() throws Exception {
        assertThat(expulsionsOf("中国宣布关闭美国驻成都总领事馆。"
                + "在北京方面进行此次报复之前，华盛顿方面证实已下令中国关闭其驻休斯敦总领馆。"))
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.countries()).containsExactly("CHN", "USA"))
                .extracting(DiplomaticEvent::key)
                .containsExactlyInAnyOrder("Expulsion|CHN,USA|2020-07-24|CHN", "Expulsion|CHN,USA|2020-07-24|USA");
    }

    @Test
    void theSameClosureToldTwiceIsOneAct() throws Exception {
        assertThat(expulsionsOf("中国宣布关闭美国驻成都总领事馆。"
                + "中国外交部在一份声明中表示，关闭美国驻成都总领馆符合国际法和国际关系基本准则。"))
                .hasSize(1);
    }
}
