package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.nlp.PersonFixture.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Transliterated names whose first syllables the segmenter read as single words (哈/b 提/v 卜扎德/nr). */
class SyllablesBeforeSurnameTest {

    @Test
    void leadingSyllablesJoinTheNameTheyLeadTo() throws Exception {
        List<Mention> persons = persons("据伊朗外交部发言人哈提卜扎德表示，多名美国官员在制裁名单上。", "2021-01-20T08:00:00Z");
        assertThat(persons).extracting(Mention::key).containsExactly("哈提卜扎德");
        assertThat(persons.get(0).country()).contains("IRN");
        assertThat(persons.get(0).position()).contains("spokesperson");
    }

    @Test
    void wordsAfterATitleAreNoName() throws Exception {
        assertThat(persons("埃斯珀部长早前曾说，国防部的当务之急是实施国家国防战略。", "2021-01-20T08:00:00Z"))
                .extracting(Mention::key).doesNotContain("早前曾说");
    }
}
