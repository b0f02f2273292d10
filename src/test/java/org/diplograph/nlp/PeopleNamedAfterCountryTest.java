package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Test;

/** A country's name before 族 names a people, not the state. */
class PeopleNamedAfterCountryTest {

    private final GazetteerMatcher gazetteer = new GazetteerMatcher(TestFixtures.lexicon());

    private List<String> countries(String text) {
        return gazetteer.match(text, 0, text.length(), Set.of()).stream()
                .filter(m -> m.kind() == Mention.Kind.COUNTRY).map(Mention::key).toList();
    }

    @Test
    void aCountrysNameBefore族NamesAPeopleNotTheState() {
        assertThat(countries("中共侵犯维吾尔族、哈萨克族和新疆其他少数民族人权")).doesNotContain("KAZ");
        assertThat(countries("新疆的俄罗斯族居民")).doesNotContain("RUS");
    }

    @Test
    void theStateItselfIsStillNamed() {
        assertThat(countries("哈萨克斯坦总统访问俄罗斯")).containsExactly("KAZ", "RUS");
    }
}
