package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A summit of an organisation whose members its sentence leaves unnamed has as sides the states quoted after it. */
class SpeakingMembersTest {

    private static final String SUMMIT = "第36届东盟峰会本月26日采用视频形式召开。";

    @Test
    void membersQuotedAfterTheSummit_areItsSidesAndWhatTheySaidItsTopics() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SUMMIT, SUMMIT + "菲律宾总统杜特尔特呼吁共同抵抗新冠病毒疫情。"
                + "新加坡总理李显龙呼吁各国保持产业供应链的连通。", "2020-06-28T08:00:00Z")).singleElement()
                .satisfies(summit -> {
                    assertThat(summit.organizations()).containsExactly("ASEAN");
                    assertThat(summit.countries()).containsExactly("PHL", "SGP");
                    assertThat(summit.persons()).extracting(Participant::name).containsExactlyInAnyOrder("杜特尔特", "李显龙");
                    assertThat(summit.topics()).contains("covid-19", "supply-chains");
                });
    }

    @Test
    void statesListedAsTheSubjectOfAProposal_areSides() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SUMMIT, SUMMIT
                + "据了解，复工心切的泰国、文莱等国领导人提议开通东盟成员国旅游通道。", "2020-06-28T08:00:00Z"))
                .singleElement().satisfies(summit -> assertThat(summit.countries()).containsExactly("BRN", "THA"));
    }

    @Test
    void oneSpeakerOrMediaReports_leaveTheSummitUnnamed() throws Exception {
        assertThat(ExtractionFixture.events(EventType.SUMMIT, SUMMIT + "菲律宾总统杜特尔特呼吁共同抵抗新冠病毒疫情。"
                + "马来西亚媒体报道，越南作为轮值主席表现不俗。", "2020-06-28T08:00:00Z")).isEmpty();
    }
}
