package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An undated protest between some of the sides of a dated one is not absorbed into it. */
class UndatedProtestApartTest {

    @Test
    void undatedCondemnation_staysApartFromTheDemarcheOfThatDay() throws Exception {
        var protests = ExtractionFixture.events(EventType.PROTEST,
                "伊朗外交部周日(12月13日）向法国和德国特使就法国与欧盟批评伊朗一事表示抗议。</p><p>在扎姆被处死后，欧盟发出一份"
                        + "声明表示：“欧盟最强烈谴责伊朗。”", "2020-12-13T12:00:00Z");
        assertThat(protests).anySatisfy(e -> assertThat(e.countries()).containsExactly("DEU", "FRA", "IRN"));
        assertThat(protests).anySatisfy(e -> {
            assertThat(e.countries()).containsExactly("IRN");
            assertThat(e.organizations()).containsExactly("EU");
            assertThat(e.dateIsReportDate()).isTrue();
        });
    }
}
