package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A two-sided summit is a meeting, unless its sentence says talks were held (峰会…举行会谈). */
class SummitHeldAsTalksTest {

    @Test
    void twoSidedSummitHeldAsTalks_isTalks() throws Exception {
        assertThat(ExtractionFixture.events(
                "2019年2月底，美朝峰会进入第二回合：朝鲜领导人金正恩和美国总统特朗普抵达河内举行会谈。", "2021-07-11T08:00:00Z"))
                .filteredOn(e -> e.type().encounter())
                .singleElement().satisfies(t -> {
                    assertThat(t.type()).isEqualTo(EventType.TALKS);
                    assertThat(t.countries()).containsExactly("PRK", "USA");
                });
    }

    @Test
    void talksWithAGuestOfASummit_areTalks() throws Exception {
        assertThat(ExtractionFixture.events(
                "5月17日下午，国家主席习近平在西安同来华出席中国－中亚峰会并进行国事访问的哈萨克斯坦总统托卡耶夫会谈。",
                "2023-05-17T12:00:00Z"))
                .filteredOn(e -> e.type().encounter())
                .singleElement().satisfies(t -> {
                    assertThat(t.type()).isEqualTo(EventType.TALKS);
                    assertThat(t.countries()).containsExactly("CHN", "KAZ");
                });
    }

    @Test
    void twoSidedSummitAlone_isMeeting() throws Exception {
        assertThat(ExtractionFixture.events(
                "2018年6月12日，金正恩与美国总统特朗普在新加坡举行了历史性的朝美首脑会议。", "2021-07-11T08:00:00Z"))
                .filteredOn(e -> e.type().encounter())
                .singleElement().satisfies(t -> assertThat(t.type()).isEqualTo(EventType.MEETING));
    }
}
