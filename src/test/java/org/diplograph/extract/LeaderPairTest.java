package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 两位领导人 with no country in its sentence stands for the two leaders named last. */
class LeaderPairTest {

    private static final String PUBLISHED = "2020-07-10T12:00:00Z";
    private static final String LEADERS = "朝鲜最高领导人金正恩今年不会与美国总统特朗普再次举行峰会。"
            + "美国特使比根结束了对韩国的访问。";

    @Test
    void thePairOfLeadersAreTheLeadersNamedLast() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING,
                LEADERS + "自两年前两位领导人在新加坡首次会晤以来，核谈判几乎没有取得进展。", PUBLISHED))
                .singleElement().satisfies(e -> {
                    assertThat(e.countries()).containsExactly("PRK", "USA");
                    assertThat(e.persons()).isEmpty();
                });
    }

    @Test
    void aPairTheSentenceNamesStands() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING,
                LEADERS + "中韩两国领导人上月在北京会晤。", PUBLISHED))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("CHN", "KOR"));
    }

    @Test
    void withoutLeadersNamedBefore_theLatestSidesStand() throws Exception {
        assertThat(ExtractionFixture.events(EventType.MEETING,
                "美国特使比根结束了对韩国的访问。两位领导人周五首次会晤。", PUBLISHED))
                .singleElement().satisfies(e -> assertThat(e.countries()).containsExactly("KOR", "USA"));
    }
}
