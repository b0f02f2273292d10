package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.diplograph.TestFixtures;
import org.diplograph.article.Article;
import org.diplograph.article.ArticleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Transliterated names whose first syllables the segmenter read as single words (哈/b 提/v 卜扎德/nr). */
class SyllablesBeforeSurnameTest {

    private static ArticleReader reader;
    private static TextAnalyzer analyzer;

    @BeforeAll
    static void build() {
        reader = new ArticleReader(TestFixtures.lexicon(), 5_000_000);
        analyzer = new TextAnalyzer(TestFixtures.lexicon());
    }

    private static List<Mention> persons(String body) throws Exception {
        String item = "<!--" + Instant.parse("2021-01-20T08:00:00Z").toEpochMilli() + "-->\n[标题]"
                + "(https://www.rfi.fr/cn/test)\n------\n\n<p>" + body + "</p>";
        Article article = reader.read("test", item.getBytes(StandardCharsets.UTF_8), Optional.empty()).get(0);
        return analyzer.analyze(article).sentences().stream().flatMap(s -> s.mentions().stream())
                .filter(m -> m.kind() == Mention.Kind.PERSON).toList();
    }

    @Test
    void leadingSyllablesJoinTheNameTheyLeadTo() throws Exception {
        List<Mention> persons = persons("据伊朗外交部发言人哈提卜扎德表示，多名美国官员在制裁名单上。");
        assertThat(persons).extracting(Mention::key).containsExactly("哈提卜扎德");
        assertThat(persons.get(0).country()).contains("IRN");
        assertThat(persons.get(0).position()).contains("spokesperson");
    }

    @Test
    void wordsAfterATitleAreNoName() throws Exception {
        assertThat(persons("埃斯珀部长早前曾说，国防部的当务之急是实施国家国防战略。"))
                .extracting(Mention::key).doesNotContain("早前曾说");
    }
}
