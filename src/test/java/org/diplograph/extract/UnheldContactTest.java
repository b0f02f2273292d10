package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Contacts a sentence names without reporting them: agreed to, proposed, called hard to hold, or named
 * as the point in time the news came before. Through the whole extraction.
 */
class UnheldContactTest {

    @Test
    void agreeingToMeetIsNoMeeting() throws Exception {
        assertThat(ExtractionFixture.events("当时特朗普已经宣布同意与金正恩会晤，而这位朝鲜领导人选择先前往中国拜访习近平。",
                "2021-07-11T08:00:00Z")).extracting(DiplomaticEvent::type).doesNotContain(EventType.MEETING);
        assertThat(ExtractionFixture.events("美国总统特朗普9日在白宫与朝鲜领导人金正恩会晤。", "2021-07-11T08:00:00Z"))
                .extracting(DiplomaticEvent::type).contains(EventType.MEETING);
    }

    @Test
    void proposedTalksAreNoTalks() throws Exception {
        assertThat(ExtractionFixture.events("消息人士透露，中国外交部长王毅提议与日本举行副外长级战略对话。",
                "2020-12-13T08:00:00Z")).extracting(DiplomaticEvent::type).doesNotContain(EventType.TALKS);
        assertThat(ExtractionFixture.events("朝鲜外务省表示，美国就举行朝美首脑会谈这一不合时宜的提议表明了立场。",
                "2020-07-08T08:00:00Z")).extracting(DiplomaticEvent::type).doesNotContain(EventType.TALKS);
    }

    @Test
    void aSummitCalledHardToHoldIsNoMeeting() throws Exception {
        assertThat(ExtractionFixture.events("比根称，新冠疫情使得美国与朝鲜在11月大选前举行面对面的峰会非常困难。",
                "2020-07-03T08:00:00Z")).extracting(DiplomaticEvent::type)
                .doesNotContain(EventType.MEETING, EventType.SUMMIT);
    }

    @Test
    void aContactFramingTheNewsInTimeIsNotReported() throws Exception {
        assertThat(ExtractionFixture.events("在习近平和普京举行视频会晤前，美国总统拜登和普京已于6月16日在瑞士日内瓦举行了峰会。",
                "2021-07-01T08:00:00Z")).extracting(DiplomaticEvent::type).doesNotContain(EventType.PHONE_CALL);
        assertThat(ExtractionFixture.events("美国贸易代表卡特勒与中国副总理刘鹤在会晤前表示，她预计中方会表达不满。",
                "2020-08-25T08:00:00Z")).extracting(DiplomaticEvent::type).doesNotContain(EventType.MEETING);
    }

    @Test
    void aPlannedContactFramingTheNewsIsStillReportedAsPlanned() throws Exception {
        assertThat(ExtractionFixture.events("首尔——在中美高级外交官员计划举行拜登总统上任后的第一次会晤之前，美国周三宣布了对24名破坏香港民主自由的中国官员进行惩罚。",
                "2021-03-18T08:00:00Z")).extracting(DiplomaticEvent::type).contains(EventType.MEETING);
    }

    @Test
    void whatAProposedContactIsAboutIsNoTopicOfTheContactBefore() throws Exception {
        DiplomaticEvent invitation = ExtractionFixture.events("消息人士昨天（12日）透露，中国外交部长王毅11月与日本外相"
                + "茂木敏充在东京会谈时，曾邀请茂木敏充明年访华。消息人士也透露，王毅基于两国外交部门间明年的交流计划，"
                + "提议举行副外长级战略对话和探讨国家安全领域课题的副部长级安全对话。", "2020-12-13T08:00:00Z").stream()
                .filter(e -> e.type() == EventType.INVITATION).findFirst().orElseThrow();
        assertThat(invitation.topics()).doesNotContain("military-security");
    }
}
