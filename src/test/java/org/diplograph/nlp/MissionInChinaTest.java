package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** One abbreviation right before 驻华 names the state whose mission in China it is. */
class MissionInChinaTest {

    private final GazetteerMatcher gazetteer = new GazetteerMatcher(TestFixtures.lexicon());

    private java.util.List<String> abbreviations(String text) {
        return gazetteer.match(text, 0, text.length(), Set.of("CZE")).stream()
                .filter(m -> m.form() == Mention.Form.ABBREVIATION).map(Mention::key).toList();
    }

    @Test
    void abbreviationBeforeTheMissionInChinaIsItsState() {
        assertThat(abbreviations("中国驻捷克使馆也分别就此向捷驻华使馆、外交部提出严正交涉")).containsExactly("CZE");
        assertThat(abbreviations("中国召见美驻华大使")).containsExactly("USA");
    }

    @Test
    void postingsInWashingtonAreNoMissionInChina() {
        assertThat(abbreviations("美驻华盛顿的代表处")).isEmpty();
    }
}
