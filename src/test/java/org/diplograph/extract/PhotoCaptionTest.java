package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Officials a caption shows together (图为…与…在一起) have met; the story after the caption is not about that meeting. */
class PhotoCaptionTest {

    private static final String CAPTION = "台湾官方媒体拍摄的一张照片显示，美国卫生与公众服务部部长阿扎上个月在台北与台湾总统蔡英文在一起。";

    @Test
    void officialsShownTogether_haveMet() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING, CAPTION, "2020-09-18T08:00:00Z"))
                .singleElement().satisfies(m -> {
                    assertThat(m.countries()).containsExactly("TWN", "USA");
                    assertThat(m.date()).isEqualTo(java.time.LocalDate.of(2020, 8, 1));
                });
    }

    @Test
    void storyAfterTheCaption_isNotTheMeetingsTopic() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING,
                CAPTION + "近年来，特朗普政府也通过增加对台军售加强了对台湾的军事支持。", "2020-09-18T08:00:00Z"))
                .singleElement().satisfies(m -> assertThat(m.topics()).doesNotContain("military-security"));
    }

    @Test
    void standingWithAPeople_isNoMeeting() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING,
                "美国国务卿布林肯表示，美国与古巴人民站在一起。", "2021-07-12T08:00:00Z")).isEmpty();
    }

    @Test
    void leadersGatheredByVideo_isNoMeeting() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING,
                "印度总理莫迪说，“各位阁下--拜登总统、莫里森总理和菅义伟首相，很高兴能与朋友们聚在一起。", "2021-03-13T08:00:00Z"))
                .isEmpty();
    }
}
