package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.nlp.PersonFixture.persons;

import org.junit.jupiter.api.Test;

/** The last syllable of a broken-up transliteration read as a verb still ends the name (FinalSyllableAsVerb). */
class FinalSyllableAsVerbTest {

    @Test
    void aVerbTaggedLastSyllableBeforeACommaIsPartOfTheName() throws Exception {
        assertThat(persons("参加的美国官员包括财政部长姆努钦、白宫高级顾问库什纳，以及白宫幕僚长梅铎斯。",
                "2020-09-16T08:00:00Z"))
                .extracting(Mention::key).contains("库什纳").doesNotContain("库什");
    }

    @Test
    void aVerbAfterANameWithItsObjectIsNotPartOfIt() throws Exception {
        assertThat(FinalSyllableAsVerb.closes("顾问库什见记者", new Token("见", "v", 4), 2)).isFalse();
    }
}
