package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.nlp.PersonFixture.persons;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A two-character name cut into a surname read as a word and a lone character is a name (SurnameReadAsWord). */
class SurnameReadAsWordTest {

    @Test
    void aSurnameReadAsAVerbAndOneNominalCharacterAfterATitleIsAName() throws Exception {
        assertThat(persons("美国副国务卿谢尔曼将在天津会见中国外交部副部长谢峰，他们将讨论两国外长会晤的可能性。",
                "2021-07-14T08:00:00Z"))
                .filteredOn(p -> p.key().equals("谢峰")).first()
                .satisfies(p -> assertThat(p.position()).contains("deputy-foreign-minister"));
    }

    @Test
    void aWordAfterATitleThatStartsWithNoSurnameIsNoName() {
        List<Token> tokens = List.of(new Token("官员", "nnt", 0), new Token("访", "v", 2), new Token("港", "ng", 3));
        assertThat(SurnameReadAsWord.name("官员访港。", tokens, 2)).isEmpty();
    }
}
