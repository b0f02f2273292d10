package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reaching an agreement is not signing it: the signing it leads to is the event, when one is told. */
class AgreementReachedTest {

    @Test
    void agreementStillToBeSigned_isThePlannedSigning() throws Exception {
        List<DiplomaticEvent> agreements = ExtractionFixture.events(EventType.AGREEMENT,
                "欧盟和中国在29日终于达成了一项投资协议，双方预计将在12月30日正式签署。", "2020-12-30T08:00:00Z");
        assertThat(agreements).hasSize(1);
        assertThat(agreements.get(0).date()).isEqualTo(LocalDate.of(2020, 12, 30));
        assertThat(agreements.get(0).status()).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void agreementInPrinciple_isNoSigning() throws Exception {
        assertThat(ExtractionFixture.events(EventType.AGREEMENT,
                "日本首相菅义伟表示，日本与越南就防务装备和技术达成原则性协议。", "2020-10-19T08:00:00Z")).isEmpty();
    }

    @Test
    void agreementReached_isStillOne() throws Exception {
        assertThat(ExtractionFixture.events(EventType.AGREEMENT,
                "美国与中国于1月15日达成第一阶段贸易协议。", "2020-02-01T08:00:00Z")).hasSize(1);
    }
}
