package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.nlp.PersonFixture.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Heads of departments and agencies (厅长, 署长) named after their title. */
class DepartmentHeadTitlesTest {

    @Test
    void theHeadOfAProvincialDepartmentIsAnOfficial() throws Exception {
        List<Mention> persons = persons("被美国制裁的分别是新疆党委书记陈全国、新疆公安厅厅长王明山及前新疆公安厅党委书记霍留军。");
        Mention head = persons.stream().filter(p -> p.key().equals("王明山")).findFirst().orElseThrow();
        assertThat(head.position()).contains("official");
    }

    @Test
    void theHeadOfAnAgencyIsAnOfficial() throws Exception {
        List<Mention> persons = persons("美国国际开发署署长格林抵达台北。");
        assertThat(persons).filteredOn(p -> p.key().equals("格林")).first()
                .satisfies(p -> assertThat(p.position()).contains("official"));
    }
}
