package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which persons take part in an event found in a sentence. */
class ParticipantsTest {

    private static List<DiplomaticEvent> events(String body) throws Exception {
        return ExtractionFixture.events(body, "2020-07-02T10:00:00Z");
    }

    @Test
    void aPronounSubjectIsTheSubjectOfTheSentenceBefore() throws Exception {
        List<DiplomaticEvent> events = events("中国外交部发言人赵立坚周四称，英国严重违背自身承诺。"
                + "他在例行记者会上表示，中方就此向英方提出严正交涉。");
        assertThat(events).filteredOn(e -> e.type() == EventType.PROTEST).singleElement()
                .satisfies(e -> assertThat(e.persons()).extracting(Participant::name).contains("赵立坚"));
    }

    @Test
    void aPersonNamedAfterAVerbIsNoSubjectForALaterPronoun() throws Exception {
        List<DiplomaticEvent> events = events("他认为美国国务卿蓬佩奥说得不对。"
                + "他在例行记者会上表示，中方就此向美方提出严正交涉。");
        assertThat(events).filteredOn(e -> e.type() == EventType.PROTEST).singleElement()
                .satisfies(e -> assertThat(e.persons()).extracting(Participant::name).doesNotContain("蓬佩奥"));
    }

    @Test
    void anAdministrationNamedAfterItsLeaderActsForItsCountryNotAsThePerson() throws Exception {
        List<DiplomaticEvent> events = events("特朗普政府周四宣布对四名中国官员实施制裁。");
        assertThat(events).filteredOn(e -> e.type() == EventType.SANCTION).singleElement()
                .satisfies(e -> assertThat(e.countries()).contains("USA", "CHN"))
                .satisfies(e -> assertThat(e.persons()).extracting(Participant::name).doesNotContain("特朗普"));
    }

    @Test
    void aSpokespersonTakesPartInTheActsVoicedNotInTheContactsAnnounced() throws Exception {
        assertThat(events("台湾总统府发言人张惇涵今天表示，帛琉总统惠恕仁拟3月28日访台。"))
                .filteredOn(e -> e.type() == EventType.VISIT).singleElement()
                .satisfies(e -> assertThat(e.persons()).extracting(Participant::name)
                        .contains("惠恕仁").doesNotContain("张惇涵"));
        assertThat(events("中国外交部发言人赵立坚周二表示，中方决定对美国洛克希德马丁公司实施制裁。"))
                .filteredOn(e -> e.type() == EventType.SANCTION).singleElement()
                .satisfies(e -> assertThat(e.persons()).extracting(Participant::name).contains("赵立坚"));
    }

    @Test
    void aProtestTheStateVoicesIsItsSpokespersons() throws Exception {
        assertThat(events("中国外交部发言人赵立坚周二在例行记者会上回答了提问。"
                + "中方对此强烈不满、坚决反对，已经向日方提出严正抗议。"))
                .filteredOn(e -> e.type() == EventType.PROTEST).singleElement()
                .satisfies(e -> assertThat(e.persons()).extracting(Participant::name).contains("赵立坚"));
        // The other side's spokesperson does not voice it.
        assertThat(events("白宫发言人迪尔表示，美元将继续与港元自由兑换。中国外交部周三表示，中方对美国此举坚决反对。"))
                .filteredOn(e -> e.type() == EventType.PROTEST).singleElement()
                .satisfies(e -> assertThat(e.persons()).extracting(Participant::name).doesNotContain("迪尔"));
    }
}
