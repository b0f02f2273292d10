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

    @Test
    void aChineseRegionOrPeopleNamedAfterACountryIsNoMentionOfIt() {
        assertThat(surfaces("抗议当局在内蒙古强推汉语教材")).isEmpty();
        assertThat(surfaces("延边朝鲜族自治州")).isEmpty();
        assertThat(surfaces("蒙古国总统访问朝鲜")).containsExactly("蒙古国", "朝鲜");
    }
}
