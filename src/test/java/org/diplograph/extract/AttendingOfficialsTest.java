package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Officials listed as attending right after the contacts' sentence take part in them (AttendingOfficials). */
class AttendingOfficialsTest {

    private static final String TALKS = "特朗普总统15号上午先在椭圆形办公室当中与巴林王国外交部长本拉须德阿勒赞雅尼、"
            + "以色列总理内塔尼亚胡，各自举行双边会谈。";

    @Test
    void officialsListedAsAttendingTakePartInEachContactOfTheirSide() throws Exception {
        List<DiplomaticEvent> talks = ExtractionFixture.events(EventType.TALKS,
                TALKS + "参加的美国官员包括副总统彭斯、国务卿蓬佩奥。", "2020-09-16T08:00:00Z");
        assertThat(talks).hasSize(2).allSatisfy(t -> assertThat(t.persons()).extracting(Participant::name)
                .contains("彭斯", "蓬佩奥"));
    }

    @Test
    void officialsNamedWithoutTheAttendingListTakeNoPart() throws Exception {
        List<DiplomaticEvent> talks = ExtractionFixture.events(EventType.TALKS,
                TALKS + "副总统彭斯、国务卿蓬佩奥此前在国会作证。", "2020-09-16T08:00:00Z");
        assertThat(talks).isNotEmpty().allSatisfy(t -> assertThat(t.persons()).extracting(Participant::name)
                .doesNotContain("彭斯", "蓬佩奥"));
    }
}
