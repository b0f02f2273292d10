package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** A pair character stands for the country the article names by a name starting with it, whatever its standard name. */
class PairByNameInUseTest {

    private final GazetteerMatcher gazetteer = new GazetteerMatcher(TestFixtures.lexicon());

    private Set<String> countries(String text, Set<String> named) {
        return Set.copyOf(gazetteer.match(text, 0, text.length(), named).stream()
                .filter(m -> m.kind() == Mention.Kind.COUNTRY).map(Mention::key).toList());
    }

    @Test
    void belizeCalled贝里斯IsThe贝OfAPair() {
        assertThat(countries("王美花昨天与潘崔西签署台贝经济合作协定", Set.of("BLZ")))
                .containsExactlyInAnyOrder("TWN", "BLZ");
    }

    @Test
    void aPairCharacterOfNoCountryTheArticleNamesStaysUnresolved() {
        assertThat(countries("王美花昨天与潘崔西签署台贝经济合作协定", Set.of())).isEmpty();
    }
}
