package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The day of the sentence before carries over to split contacts only for the sides it names. */
class CarriedDayTest {

    private static final String PUBLISHED = "2020-10-19T12:00:00Z";

    @Test
    void theVisitToACountryTheDaysSentenceNamesTakesThatDay() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT, body(), PUBLISHED))
                .filteredOn(e -> e.countries().contains("VNM")).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2020, 10, 19)));
    }

    @Test
    void theVisitToAnotherCountryTakesTheDayOfItsOwnReport() throws Exception {
        assertThat(ExtractionFixture.events(EventType.VISIT, body(), PUBLISHED))
                .filteredOn(e -> e.countries().contains("IDN")).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2020, 10, 20)));
    }

    private static String body() {
        return "日本和越南星期一就加强安全与经济关系达成共识。日本首相菅义伟首次外访便出访越南和印度尼西亚。"
                + "</p><p>根据行程，菅义伟10月20日前往印尼，在雅加达与印尼总统佐科会面。";
    }
}
