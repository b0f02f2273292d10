package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A state that signs with several states listed after 与 signs one agreement with each. */
class SignedWithEachTest {

    private static List<List<String>> sides(String body) throws Exception {
        return ExtractionFixture.events(EventType.AGREEMENT, body, "2021-01-10T08:00:00Z").stream()
                .map(DiplomaticEvent::countries).toList();
    }

    @Test
    void agreementsWithListedPartners_areOnePerPartner() throws Exception {
        assertThat(sides("英国8日与日本、越南和韩国签署了自由贸易协议。"))
                .containsExactlyInAnyOrder(List.of("GBR", "JPN"), List.of("GBR", "VNM"), List.of("GBR", "KOR"));
    }

    @Test
    void treatySignedTogether_staysOne() throws Exception {
        assertThat(sides("美国8日与墨西哥和加拿大签署了三方贸易协定。")).containsExactly(List.of("CAN", "MEX", "USA"));
    }
}
