package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Targets listed for the sanction a named side imposed, however far from its report, and targets a
 * sentence goes on to list after those of the sentence before take part in that sanction; whoever's staff
 * the list names does not (SanctionedPersons).
 */
class SanctionTargetsListedOnTest {

    private static final String REPORT = "特朗普政府上周四禁止四名中国官员使用美国银行。"
            + "此外，还对他们获取前往美国的签证设限。中国外交部周一作出回应。双方官员没有已知资产。"
            + "美国和中国的关系愈发紧张。美国政府已禁止某些高科技产品出口。国会施压数周。"
            + "众议院支持针对新疆的中国官员实施惩罚。这些压力来自两党。"
            + "美国的制裁对象包括新疆党委书记陈全国。"
            + "其他受处罚的官员还有新疆公安厅厅长王明山。";

    @Test
    void targetsListedForTheSanctionOfANamedSideTakePartInIt() throws Exception {
        List<DiplomaticEvent> sanctions = ExtractionFixture.events(EventType.SANCTION, REPORT, "2020-07-14T08:00:00Z");
        assertThat(sanctions).flatExtracting(DiplomaticEvent::persons)
                .contains(new Participant("陈全国", Optional.of("official"), Optional.of("CHN")));
    }

    @Test
    void targetsListedOnFromTheSentenceBeforeTakePartInTheSameSanction() throws Exception {
        List<DiplomaticEvent> sanctions = ExtractionFixture.events(EventType.SANCTION, REPORT, "2020-07-14T08:00:00Z");
        assertThat(sanctions).flatExtracting(DiplomaticEvent::persons)
                .contains(new Participant("王明山", Optional.of("official"), Optional.of("CHN")));
    }

    @Test
    void thePersonWhoseStaffIsListedIsNoTarget() throws Exception {
        DiplomaticEvent sanction = ExtractionFixture.events(EventType.SANCTION,
                "中国政府周一宣布将对三名美国议员实施制裁。"
                        + "同样被点名的还有特朗普总统的国际宗教自由事务无任所大使萨姆·布朗巴克(Sam Brownback)。",
                "2020-07-14T08:00:00Z").get(0);
        assertThat(sanction.persons()).extracting(Participant::name).contains("布朗巴克").doesNotContain("特朗普");
    }
}
