package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A statement of the imposing side alone on the day of its sanction announces the sanction. */
class SanctionAnnouncementTest {

    private static final String SANCTION = "周四，美国政府以侵犯人权为由，对多名中国官员实施了制裁。";

    @Test
    void theIssuerOfTheSameDaysStatementTakesPartInTheSanction() throws Exception {
        assertThat(ExtractionFixture.events(SANCTION
                        + "“在中共侵犯维吾尔族、哈萨克族人权的时候，美国不会袖手旁观，”国务卿蓬佩奥在周四的声明中表示。",
                "2020-07-10T08:00:00Z"))
                .singleElement().satisfies(e -> {
                    assertThat(e.type()).isEqualTo(EventType.SANCTION);
                    assertThat(e.persons()).extracting(Participant::name).contains("蓬佩奥");
                });
    }

    @Test
    void aStatementOnAnotherDayLeavesTheSanctionAlone() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION, SANCTION
                        + "“美国不会袖手旁观，”国务卿蓬佩奥在周一的声明中表示。",
                "2020-07-10T08:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.persons()).isEmpty());
    }
}
