package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.nlp.PersonFixture.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Transliterations glossed with a personal name, whatever the segmenter reads their syllables as. */
class SpelledOutNameTest {

    @Test
    void aNameGlossedInLatinIsANameThoughItsSyllablesReadAsVerbs() throws Exception {
        // The segmenter reads 本拉须德阿勒赞雅尼 as 本/rz 拉/v 须德阿/nr 勒/v 赞/vg 雅/ag 尼/b.
        List<Mention> persons = persons("特朗普总统在椭圆形办公室与巴林王国外交部长本拉须德阿勒赞雅尼"
                + "（Abdullatif bin Rashid Al Zayani）举行双边会谈。");
        Mention minister = persons.stream().filter(p -> p.key().equals("本拉须德阿勒赞雅尼")).findFirst().orElseThrow();
        assertThat(minister.country()).contains("BHR");
        assertThat(minister.position()).contains("foreign-minister");
    }

    @Test
    void aWordGlossedWithAnAcronymIsNoName() throws Exception {
        assertThat(persons("外交部长表示（AFP）将举行会谈。")).extracting(Mention::key).isEmpty();
    }
}
