package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

class GazetteerMatcherTest {

    private final GazetteerMatcher gazetteer = new GazetteerMatcher(TestFixtures.lexicon());

    private List<String> surfaces(String text) {
        return gazetteer.match(text, 0, text.length(), Set.of()).stream()
                .filter(m -> m.kind() == Mention.Kind.COUNTRY).map(Mention::surface).toList();
    }

    @Test
    void aNameEndingIn国DoesNotTakeThe国OfTheNextWord() {
        assertThat(surfaces("日本国家安全保障局长北村滋")).containsExactly("日本");
        assertThat(surfaces("日本国首相")).containsExactly("日本国");
    }
}
