package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** A pair of abbreviations before a delegation (美日访团) names two countries (GazetteerMatcher). */
class PairBeforeDelegationTest {

    private final GazetteerMatcher gazetteer = new GazetteerMatcher(TestFixtures.lexicon());

    @Test
    void aDelegationNamedByTwoAbbreviationsNamesBothCountries() {
        String text = "防疫保护不输先前来台的美日访团";
        assertThat(gazetteer.match(text, 0, text.length(), Set.of()).stream()
                .filter(m -> m.kind() == Mention.Kind.COUNTRY).map(Mention::key)).containsExactly("USA", "JPN");
    }
}
