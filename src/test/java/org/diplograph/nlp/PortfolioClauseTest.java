package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.nlp.PersonFixture.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Officials whose title follows a clause naming their portfolio (负责美国事务的局长). */
class PortfolioClauseTest {

    @Test
    void theEmployerBeforeAPortfolioClauseIsTheOfficialsCountry() throws Exception {
        List<Mention> persons = persons("朝鲜外务省负责美国事务的局长权正根当天发表谈话。");
        assertThat(persons).extracting(Mention::key).containsExactly("权正根");
        assertThat(persons.get(0).country()).contains("PRK");
        assertThat(persons.get(0).position()).contains("official");
    }

    @Test
    void aCountryInsideThePortfolioIsNotTheEmployer() throws Exception {
        List<Mention> persons = persons("外务省负责美国事务的局长权正根当天发表谈话。");
        assertThat(persons).extracting(Mention::key).containsExactly("权正根");
        assertThat(persons.get(0).country()).isEmpty();
    }
}
