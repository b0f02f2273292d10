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
    void 菲国IsThePhilippines() {
        assertThat(gazetteer.match("菲国外交部今天向北京提出外交抗议", 0, 16, Set.of()).stream()
                .filter(m -> m.kind() == Mention.Kind.COUNTRY && m.surface().equals("菲国")).map(Mention::key))
                .containsExactly("PHL");
    }

    @Test
    void abbreviationsListedOneByOneOrThreeInARowAreCountries() {
        assertThat(surfaces("越南组织了东盟与中、日、韩高官视讯会议")).containsExactly("越南", "中", "日", "韩");
        assertThat(surfaces("将美丶日丶印丶澳四国合作制度化")).containsExactly("美", "日", "印", "澳");
        assertThat(surfaces("习近平16日出席了中德法的视频气候峰会")).containsExactly("中", "德", "法");
    }

    @Test
    void singleCharactersOutsideSuchListsAreNoCountries() {
        assertThat(surfaces("他保持中立的立场")).isEmpty();
        assertThat(surfaces("学生德、智、体全面发展")).isEmpty();
    }

    @Test
    void aChineseRegionOrPeopleNamedAfterACountryIsNoMentionOfIt() {
        assertThat(surfaces("抗议当局在内蒙古强推汉语教材")).isEmpty();
        assertThat(surfaces("延边朝鲜族自治州")).isEmpty();
        assertThat(surfaces("蒙古国总统访问朝鲜")).containsExactly("蒙古国", "朝鲜");
    }
}
