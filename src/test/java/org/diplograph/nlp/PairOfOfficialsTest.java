package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** "美中官员", "中美官员": a pair of abbreviations before 官员 names the officials of both states. */
class PairOfOfficialsTest {

    private final GazetteerMatcher gazetteer = new GazetteerMatcher(TestFixtures.lexicon());

    @Test
    void aPairBeforeOfficialsNamesBothStates() {
        String text = "美中官员于周一讨论了贸易协议";
        assertThat(gazetteer.match(text, 0, text.length(), Set.of()).stream()
                .filter(m -> m.kind() == Mention.Kind.COUNTRY).map(Mention::key)).containsExactly("USA", "CHN");
    }
}
