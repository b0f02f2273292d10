package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.nlp.PersonFixture.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Officials joined by 与 whose second title names no country. */
class TitleJoinedAfterTest {

    @Test
    void aBareTitleAfterAnOfficialOfANamedCountryIsThatCountrys() throws Exception {
        List<Mention> persons = persons("美国国务卿蓬佩奥27日在华府，欢迎澳洲外交部长潘恩(Marise Payne)与防长雷诺兹"
                + "(Linda Reynolds)来访。");
        Mention minister = persons.stream().filter(p -> p.key().equals("雷诺兹")).findFirst().orElseThrow();
        assertThat(minister.country()).contains("AUS");
        assertThat(minister.position()).contains("defense-minister");
    }

    @Test
    void aBareTitleBeforeAnOfficialOfANamedCountryStaysWithoutOne() throws Exception {
        List<Mention> persons = persons("防长雷诺兹(Linda Reynolds)与美国国防部长艾斯培举行会谈。");
        Mention minister = persons.stream().filter(p -> p.key().equals("雷诺兹")).findFirst().orElseThrow();
        assertThat(minister.country()).isEmpty();
    }

    @Test
    void theSameOfficeJoinedIsACounterpart() throws Exception {
        List<Mention> persons = persons("中国外长王毅与外长萨迪克举行会谈。");
        Mention minister = persons.stream().filter(p -> p.key().equals("萨迪克")).findFirst().orElseThrow();
        assertThat(minister.country()).isEmpty();
    }
}
