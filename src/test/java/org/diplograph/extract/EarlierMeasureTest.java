package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An undated sanction told as imposed before is an earlier round, not the one the article dates. */
class EarlierMeasureTest {

    private static final String PUBLISHED = "2021-03-18T02:00:00Z";
    private static final String DATED = "美国国务院周三宣布，对多名中国官员实施制裁。";

    @Test
    void sanctionToldAsImposedBefore_isAnEarlierRound() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION,
                DATED + "</p><p>美国此前根据《香港自治法》对中国官员实施了制裁。", PUBLISHED))
                .hasSize(2)
                .anySatisfy(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2021, 3, 17)))
                .anySatisfy(e -> assertThat(e.dateIsReportDate()).isTrue());
    }

    @Test
    void undatedSanctionNotToldAsEarlier_repeatsTheDatedOne() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION,
                DATED + "</p><p>美国根据《香港自治法》对中国官员实施了制裁。", PUBLISHED))
                .singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2021, 3, 17)));
    }
}
