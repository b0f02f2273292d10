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

/** Vietnamese women's names (surname + 氏 + given name) after a title. */
class VietnameseGivenNameTest {

    private static ArticleReader reader;
    private static TextAnalyzer analyzer;

    @BeforeAll
    static void build() {
        reader = new ArticleReader(TestFixtures.lexicon(), 5_000_000);
        analyzer = new TextAnalyzer(TestFixtures.lexicon());
    }

    private static List<Mention> persons(String body) throws Exception {
        String item = "<!--" + Instant.parse("2020-09-01T08:00:00Z").toEpochMilli() + "-->\n[标题]"
                + "(https://www.rfi.fr/cn/test)\n------\n\n<p>" + body + "</p>";
        Article article = reader.read("test", item.getBytes(StandardCharsets.UTF_8), Optional.empty()).get(0);
        return analyzer.analyze(article).sentences().stream().flatMap(s -> s.mentions().stream())
                .filter(m -> m.kind() == Mention.Kind.PERSON).toList();
    }

    @Test
    void aNameGoesOnPastItsMarkerThroughTheGivenName() throws Exception {
        // The segmenter reads 黎氏/nr 秋/tg 姮/w.
        List<Mention> persons = persons("越南外交部女发言人黎氏秋姮在例行记者会上说，越方已向中方发出外交照会。");
        assertThat(persons).extracting(Mention::key).containsExactly("黎氏秋姮");
        assertThat(persons.get(0).country()).contains("VNM");
        assertThat(persons.get(0).position()).contains("spokesperson");
    }

    @Test
    void theGivenNameStopsBeforeTheWordsThatFollowIt() throws Exception {
        assertThat(persons("越南外交部发言人黎氏秋恒2019年7月25日在河内举行例行记者会。"))
                .extracting(Mention::key).containsExactly("黎氏秋恒");
    }
}
