package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A protest announced one day and told next as lodged the day before was lodged that day. */
class ProtestLodgedBeforeTest {

    private static final String PUBLISHED = "2021-05-29T10:00:00Z";
    private static final String ANNOUNCED = "菲律宾外交部周六（5月29日）表示，菲律宾抗议中国在南中国海一个岛屿附近的“非法存在和活动”。";

    @Test
    void protestToldAsLodgedBeforeItsAnnouncement_takesThatDay() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                ANNOUNCED + "</p><p>马尼拉周五在提图岛附近就“中国渔船的不断部署”提出了外交抗议。", PUBLISHED))
                .singleElement().satisfies(e -> {
                    assertThat(e.countries()).containsExactly("CHN", "PHL");
                    assertThat(e.date()).isEqualTo(LocalDate.of(2021, 5, 28));
                });
    }

    @Test
    void protestAnnouncedWithNoEarlierDay_keepsTheDayOfItsAnnouncement() throws Exception {
        assertThat(ExtractionFixture.events(EventType.PROTEST,
                ANNOUNCED + "</p><p>马尼拉在提图岛附近就“中国渔船的不断部署”提出了外交抗议。", PUBLISHED))
                .singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2021, 5, 29)));
    }
}
