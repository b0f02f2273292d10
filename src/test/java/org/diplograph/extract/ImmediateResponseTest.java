package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A measure taken at once in answer to another takes that act's day ({@link ImmediateResponse}). */
class ImmediateResponseTest {

    @Test
    void aCounterSanctionTakenAtOnceTakesTheDayOfTheSanction() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION, "欧盟、美国和英国3月22日同一天宣布对中国官员实施制裁。"
                        + "欧盟宣布实施制裁后，北京方面随即宣布对10个欧洲人和4家欧洲实体实施报复性制裁。", "2021-07-01T10:00:00Z"))
                .filteredOn(e -> e.countries().equals(List.of("CHN")))
                .singleElement().satisfies(e -> {
                    assertThat(e.date()).isEqualTo(LocalDate.of(2021, 3, 22));
                    assertThat(e.dateIsReportDate()).isFalse();
                });
    }

    @Test
    void oneNotTakenAtOnceKeepsTheReportDay() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION, "欧盟、美国和英国3月22日同一天宣布对中国官员实施制裁。"
                        + "北京方面宣布对欧盟10名人员和4家实体实施报复性制裁。", "2021-07-01T10:00:00Z"))
                .filteredOn(e -> e.countries().equals(List.of("CHN")))
                .singleElement().satisfies(e -> assertThat(e.dateIsReportDate()).isTrue());
    }
}
