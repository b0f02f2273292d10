package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.nlp.PersonFixture.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Listed officials whose transliterated names the segmenter broke into single characters. */
class NameBeforeListCommaTest {

    @Test
    void aBrokenUpNameRunsToTheEnumerationComma() throws Exception {
        // The segmenter reads 哈斯佩尔 as 哈/b 斯/b 佩/v 尔/Rg.
        List<Mention> persons = persons("财政部长姆努钦、中央情报局局长哈斯佩尔、前总统国家安全事务助理博尔顿均在制裁名单上。");
        assertThat(persons).extracting(Mention::key).contains("哈斯佩尔").doesNotContain("哈斯");
        Mention director = persons.stream().filter(p -> p.key().equals("哈斯佩尔")).findFirst().orElseThrow();
        assertThat(director.position()).contains("official");
    }

    @Test
    void aWordAfterATitleBeforeACommaIsNoName() throws Exception {
        assertThat(persons("两国外长、防长举行会谈。")).extracting(Mention::key).isEmpty();
    }

    @Test
    void aVerbAfterATitleStartsNoName() throws Exception {
        assertThat(persons("美国官员访台、访日引发北京不满。")).extracting(Mention::key).isEmpty();
    }
}
