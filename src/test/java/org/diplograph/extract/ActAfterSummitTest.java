package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a summit discussed is in its own report, not in the act told after it. */
class ActAfterSummitTest {

    @Test
    void anActToldAfterASummitGivesItNoTopics() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SUMMIT, "七国集团领导人11日在英国举行峰会，讨论气候变化问题。"
                + "中方随即宣布对有关人员实施制裁，涉及新疆问题。", "2021-06-12T08:00:00Z"))
                .singleElement().satisfies(summit -> assertThat(summit.topics()).containsExactly("climate-change"));
    }

    @Test
    void whatFollowsASummitWithoutAnotherActIsStillItsTopic() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SUMMIT, "七国集团领导人11日在英国举行峰会，讨论气候变化问题。"
                + "各国领导人还谈到新疆问题。", "2021-06-12T08:00:00Z"))
                .singleElement().satisfies(summit -> assertThat(summit.topics())
                        .containsExactlyInAnyOrder("climate-change", "xinjiang"));
    }
}
