package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.nlp.PersonFixture.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Assistants and deputies of a minister-level title (助理贸易代表) hold an office of their own. */
class AssistantTitlesTest {

    @Test
    void anAssistantTradeRepresentativeIsAnOfficialNotTheMinister() throws Exception {
        List<Mention> persons = persons("美国助理贸易代表麦卡廷（Terrence J. McCartin）共同带领这次线上会议的讨论。");
        assertThat(persons).extracting(Mention::key).containsExactly("麦卡廷");
        assertThat(persons.get(0).position()).contains("official");
        assertThat(persons.get(0).country()).contains("USA");
    }

    @Test
    void aDeputyChiefNegotiatorIsAnOfficial() throws Exception {
        List<Mention> persons = persons("台湾副总谈判代表杨珍妮说明，台美双方同意合作。");
        assertThat(persons).extracting(Mention::key).containsExactly("杨珍妮");
        assertThat(persons.get(0).position()).contains("official");
        assertThat(persons.get(0).country()).contains("TWN");
    }
}
