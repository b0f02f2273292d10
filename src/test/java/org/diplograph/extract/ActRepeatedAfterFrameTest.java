package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The act of a leading 继…后 clause that the main clause says was made again was made by the same side. */
class ActRepeatedAfterFrameTest {

    private static final String PUBLISHED = "2021-04-14T08:00:00Z";

    @Test
    void protestFramedBeforeItsRepetition_isTheSameSidesOnItsOwnDay() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "另外，继3月21日首度针对中国船只集结牛轭礁提出外交抗议后，陆辛4月7日表示，菲律宾已再次提出外交抗议。",
                PUBLISHED))
                .anySatisfy(e -> {
                    assertThat(e.countries()).containsExactly("CHN", "PHL");
                    assertThat(e.date()).isEqualTo(LocalDate.of(2021, 3, 21));
                });
    }

    @Test
    void framedProtestNotRepeated_getsNoSideFromTheMainClause() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                "另外，继3月21日首度针对中国船只集结牛轭礁提出外交抗议后，菲律宾4月7日宣布增派巡逻船。", PUBLISHED))
                .noneSatisfy(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2021, 3, 21)));
    }
}
