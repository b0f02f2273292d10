package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Persons a later sentence names as the targets of a sanction take part in it. */
class SanctionedPersonsTest {

    @Test
    void targetsListedAfterTheSanctionBelongToTheSideItIsImposedOn() throws Exception {
        DiplomaticEvent sanction = ExtractionFixture.events(EventType.SANCTION,
                "美国财政部周四（7月9日）以涉及重大人权侵犯为由，将四名中国政府官员列入制裁名单。"
                        + "被美国施行冻结资产制裁的分别是新疆党委书记陈全国丶前新疆政法委书记朱海仑。",
                "2020-07-10T08:00:00Z").get(0);
        assertThat(sanction.persons()).contains(
                new Participant("陈全国", Optional.of("official"), Optional.of("CHN")),
                new Participant("朱海仑", Optional.of("official"), Optional.of("CHN")));
    }

    @Test
    void targetsListedBeforeTheSanctionListTakePart() throws Exception {
        DiplomaticEvent sanction = ExtractionFixture.events(EventType.SANCTION,
                "当地时间19日，伊朗对特朗普和另外九名美国官员实施了制裁。"
                        + "据伊朗外交部发言人表示，国务卿蓬佩奥、财政部长姆努钦均在制裁名单上。",
                "2021-01-20T08:00:00Z").get(0);
        assertThat(sanction.persons()).extracting(Participant::name).contains("蓬佩奥", "姆努钦");
    }

    @Test
    void aSentenceThatListsNoTargetsAddsNobody() throws Exception {
        DiplomaticEvent sanction = ExtractionFixture.events(EventType.SANCTION,
                "当地时间19日，伊朗对特朗普和另外九名美国官员实施了制裁。国务卿蓬佩奥随后发表讲话。",
                "2021-01-20T08:00:00Z").get(0);
        assertThat(sanction.persons()).extracting(Participant::name).doesNotContain("蓬佩奥");
    }
}
