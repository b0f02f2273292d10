package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A punishment of another state's officials that a government announces is a sanction. */
class AnnouncedPunishmentTest {

    private static final String PUBLISHED = "2021-03-18T02:00:00Z";

    @Test
    void announcedPunishmentOfOfficials_isASanction() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION,
                "美国周三宣布了对24名破坏香港民主自由的中国官员进行惩罚。", PUBLISHED))
                .singleElement().satisfies(e -> {
                    assertThat(e.countries()).containsExactly("CHN", "USA");
                    assertThat(e.date()).isEqualTo(LocalDate.of(2021, 3, 17));
                });
    }

    @Test
    void punitiveTariffs_areNoAnnouncedPunishment() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SANCTION,
                "美国宣布对中国商品进行惩罚性关税调查。", PUBLISHED)).isEmpty();
    }
}
