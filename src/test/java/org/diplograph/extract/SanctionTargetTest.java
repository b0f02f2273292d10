package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a later sentence tells of a sanction's target is the target's record, not the sanction's topic (SanctionTarget). */
class SanctionTargetTest {

    @Test
    void aSentenceOnATargetsRecordGivesTheSanctionNoTopic() throws Exception {
        DiplomaticEvent sanction = ExtractionFixture.events(EventType.SANCTION,
                "美国财政部周四以涉及重大人权侵犯为由，将四名中国政府官员列入制裁名单。"
                        + "被美国施行冻结资产制裁的分别是新疆党委书记陈全国丶前新疆政法委书记朱海仑。"
                        + "此举可能加剧紧张。中国大使馆没有回复。该法案使美国有权对外国官员进行惩罚。"
                        + "曾经担任西藏党委书记的陈全国如何命令官员应收尽收。",
                "2020-07-10T08:00:00Z").get(0);
        assertThat(sanction.persons()).extracting(Participant::name).contains("陈全国");
        assertThat(sanction.topics()).contains("xinjiang").doesNotContain("tibet");
    }
}
