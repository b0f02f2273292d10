package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** A news agency whose name starts with a country's (美国之音, 德国之声) is a source, not that country. */
class NewsAgencyNamedAfterCountryTest {

    private final GazetteerMatcher gazetteer = new GazetteerMatcher(TestFixtures.lexicon());

    @Test
    void voiceOfAmericaIsASourceNotTheUnitedStates() {
        String text = "据美国之音报道，中国外交部发表声明。";
        assertThat(gazetteer.match(text, 0, text.length(), Set.of()).stream().map(Mention::key))
                .startsWith("VOA").doesNotContain("USA");
    }

    @Test
    void aGovernmentBodyStillLeavesItsCountryNamed() {
        String text = "美国国务院今天表示";
        assertThat(gazetteer.match(text, 0, text.length(), Set.of()))
                .anySatisfy(m -> assertThat(m.key()).isEqualTo("USA"));
    }
}
