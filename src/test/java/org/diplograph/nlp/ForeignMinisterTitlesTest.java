package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.nlp.PersonFixture.persons;

import org.junit.jupiter.api.Test;

/** Foreign ministers whose title names international cooperation as well (外交暨国际合作大臣). */
class ForeignMinisterTitlesTest {

    @Test
    void aMinisterOfForeignAffairsAndInternationalCooperationIsTheForeignMinister() throws Exception {
        assertThat(persons("阿联酋外交暨国际合作大臣阿卜杜拉（Abdullah bin Zayed）抵达华盛顿。"))
                .filteredOn(p -> p.key().equals("阿卜杜拉")).singleElement()
                .satisfies(p -> assertThat(p.position()).contains("foreign-minister"));
    }
}
