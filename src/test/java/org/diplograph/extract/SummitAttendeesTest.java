package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sides of a summit that a later sentence about "this summit" names as attending. */
class SummitAttendeesTest {

    private static final String SUMMIT = "日本首相菅义伟21日在东京出席了四方领导人峰会，美国总统拜登、印度总理莫迪和澳大利亚总理莫里森"
            + "也出席了峰会。";

    @Test
    void statesASentenceAboutThisSummitSaysAttendTakePartInIt() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SUMMIT, SUMMIT + "这次峰会除了四国领导人外，新西兰、韩国等国也受邀出席。",
                "2021-05-22T08:00:00Z")).singleElement().satisfies(summit -> assertThat(summit.countries())
                .containsExactlyInAnyOrder("AUS", "IND", "JPN", "USA", "NZL", "KOR"));
    }

    @Test
    void statesAttendingSomethingElseAreNoSidesOfTheSummit() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SUMMIT, SUMMIT + "新西兰、韩国等国的官员也出席了当天的晚宴。",
                "2021-05-22T08:00:00Z")).singleElement().satisfies(summit -> assertThat(summit.countries())
                .containsExactlyInAnyOrder("AUS", "IND", "JPN", "USA"));
    }
}
