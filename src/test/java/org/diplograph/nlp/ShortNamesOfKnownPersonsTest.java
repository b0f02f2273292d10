package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.nlp.PersonFixture.persons;

import org.junit.jupiter.api.Test;

/** Known persons written by the part of their name news uses on its own (维多多 for 佐科·维多多). */
class ShortNamesOfKnownPersonsTest {

    @Test
    void widodoIsTheIndonesianPresident() throws Exception {
        // The segmenter reads 维多多 as 维/b 多多/d.
        assertThat(persons("菅义伟10月20日前往印尼，在雅加达与印尼总统维多多会面。", "2020-10-19T08:00:00Z"))
                .filteredOn(p -> p.key().equals("佐科")).singleElement()
                .satisfies(p -> assertThat(p.country()).contains("IDN"));
    }
}
