package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A visit whose end opens the sentence (结束出访印度后，蓬佩奥…) has the next clause's subject as its visitor. */
class FinishedVisitTest {

    @Test
    void visitEndedBeforeTheNextStop_isBetweenVisitorAndItsHost() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "结束出访印度后，美国国务卿蓬佩奥10月27日抵达斯里兰卡，10月28日会见了斯里兰卡总统拉贾帕克萨。",
                "2020-10-28T12:00:00Z"))
                .extracting(DiplomaticEvent::countries)
                .containsExactlyInAnyOrder(List.of("IND", "USA"), List.of("LKA", "USA"));
    }

    @Test
    void visitorNamedInTheEndingClause_keepsItsOwnSides() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT,
                "美国副国务卿比根在结束对韩国的访问后，9日抵达日本。", "2020-07-10T12:00:00Z"))
                .extracting(DiplomaticEvent::countries)
                .contains(List.of("KOR", "USA"));
    }
}
