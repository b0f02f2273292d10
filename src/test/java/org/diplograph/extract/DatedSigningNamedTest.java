package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A document named by its signing, with the signing's own date, is an agreement signed that day. */
class DatedSigningNamedTest {

    @Test
    void aDatedSigningNamingADocumentThatIsDescribedFurtherIsAnAgreement() throws Exception {
        assertThat(ExtractionFixture.events(EventType.AGREEMENT, "美中官员于周一讨论了两国1月份签署的贸易协议的状况。",
                "2020-08-25T08:00:00Z")).singleElement().satisfies(agreement -> {
                    assertThat(agreement.countries()).containsExactly("CHN", "USA");
                    assertThat(agreement.date()).isEqualTo(LocalDate.of(2020, 1, 1));
                });
    }

    @Test
    void anUndatedSigningNamedSoIsBackground() throws Exception {
        assertThat(ExtractionFixture.events(EventType.AGREEMENT, "美中官员于周一讨论了两国签署的贸易协议的状况。",
                "2020-08-25T08:00:00Z")).isEmpty();
    }
}
