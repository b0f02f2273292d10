package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What will be discussed is a topic of the contact to come, not of one the story recalls in between. */
class WhatWillBeDiscussedTest {

    @Test
    void whatWillBeDiscussed_goesToTheContactToCome() throws Exception {
        List<DiplomaticEvent> events = ExtractionFixture.events(
                "美国国务卿刚刚访问日本和韩国后，美国再邀请日本和韩国国安最高官员赴美，在周五（4月2日）举行三方会谈。"
                        + "3月12日，拜登总统与日本、印度和澳大利亚领导人举行首次四方峰会。四方峰会会议聚焦应对气候危机。"
                        + "美方官员还说，三国国安顾问将讨论朝鲜各方面的议题，包括无核化。", "2021-04-01T12:00:00Z");
        assertThat(events).filteredOn(e -> e.type() == EventType.TALKS).singleElement()
                .satisfies(e -> assertThat(e.topics()).contains("korean-peninsula-nuclear"));
        assertThat(events).filteredOn(e -> e.type() == EventType.SUMMIT).singleElement()
                .satisfies(e -> assertThat(e.topics()).contains("climate-change")
                        .doesNotContain("korean-peninsula-nuclear"));
    }
}
