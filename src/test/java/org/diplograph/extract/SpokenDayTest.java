package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 今天 in someone's reported words is the day they spoke, not necessarily the day of the report. */
class SpokenDayTest {

    @Test
    void todayInTheWordsOfAHost_isTheDayOfTheMeetingReported() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING,
                "当地时间3月21日上午，国家主席习近平在莫斯科会见俄罗斯总理米舒斯京。"
                        + "米舒斯京表示，今天我率俄罗斯政府内阁成员同习近平主席会见，深感荣幸。", "2023-03-22T12:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2023, 3, 21)));
    }

    @Test
    void todayOfTheReporter_isTheDayOfTheReport() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING,
                "国家主席习近平今天在莫斯科会见俄罗斯总理米舒斯京。", "2023-03-22T12:00:00Z"))
                .singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2023, 3, 22)));
    }
}
