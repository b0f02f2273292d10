package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.nlp.PersonFixture.persons;

import org.junit.jupiter.api.Test;

/** A name whose office the text gives in apposition is a person with that office (OfficeInApposition). */
class OfficeInAppositionTest {

    @Test
    void aNameAfterTheOfficeItServedIsThatOfficeHolder() throws Exception {
        assertThat(persons("在遭到制裁的四名官员中，自2016年8月就一直担任新疆党委书记的陈全国地位最为显赫。",
                "2020-07-10T08:00:00Z"))
                .filteredOn(p -> p.key().equals("陈全国")).first()
                .satisfies(p -> assertThat(p.position()).contains("official"));
    }

    @Test
    void aNameThatAClauseSaysHoldsAnOfficeIsThatOfficeHolder() throws Exception {
        assertThat(persons("美国的制裁对象包括陈全国，他是中共领导机构政治局的25名委员之一，同时也是新疆党委书记。",
                "2020-07-14T08:00:00Z"))
                .filteredOn(p -> p.key().equals("陈全国")).first()
                .satisfies(p -> assertThat(p.position()).contains("official"));
    }

    @Test
    void laterBareMentionsOfTheNameAreThePerson() throws Exception {
        assertThat(persons("制裁对象包括陈全国，他是新疆党委书记。陈全国让少数民族遭受了痛苦。", "2020-07-10T08:00:00Z"))
                .filteredOn(p -> p.key().equals("陈全国")).hasSize(2);
    }

    @Test
    void aNameWithoutAnOfficeInAppositionIsNoPerson() throws Exception {
        assertThat(persons("制裁对象包括陈全国，这很可能会激怒中共高层。", "2020-07-10T08:00:00Z"))
                .extracting(Mention::key).doesNotContain("陈全国");
    }
}
