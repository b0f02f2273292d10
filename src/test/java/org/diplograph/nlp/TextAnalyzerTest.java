package org.diplograph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplograph.TestFixtures;
import org.diplograph.article.Article;
import org.diplograph.article.ArticleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private static ArticleReader reader;
    private static TextAnalyzer analyzer;

    @BeforeAll
    static void build() {
        reader = new ArticleReader(TestFixtures.lexicon(), 5_000_000);
        analyzer = new TextAnalyzer(TestFixtures.lexicon());
    }

    private static AnalyzedText analyze(String fixture) throws Exception {
        Article article = reader.read(TestFixtures.article(fixture)).get(0);
        return analyzer.analyze(article);
    }

    private static List<Mention> persons(AnalyzedText text) {
        return text.sentences().stream().flatMap(s -> s.mentions().stream())
                .filter(m -> m.kind() == Mention.Kind.PERSON).toList();
    }

    @Test
    void recognisesPersonsByPositionAndLaterMentions_inSeed() throws Exception {
        AnalyzedText seed = analyze(TestFixtures.SEED);
        List<Mention> persons = persons(seed);
        assertThat(persons).extracting(Mention::key).containsOnly("赵兑烈", "王毅");
        assertThat(persons).filteredOn(m -> m.key().equals("赵兑烈"))
                .allSatisfy(m -> assertThat(m.country()).contains("KOR"))
                .allSatisfy(m -> assertThat(m.position()).contains("foreign-minister"))
                .hasSizeGreaterThan(3);
        assertThat(seed.sentences()).flatExtracting(Sentence::mentions)
                .filteredOn(m -> m.kind() == Mention.Kind.NEWS_AGENCY).extracting(Mention::key)
                .contains("YONHAP", "REUTERS");
    }

    @Test
    void offsetsPointIntoTheText() throws Exception {
        AnalyzedText seed = analyze(TestFixtures.SEED);
        for (Sentence sentence : seed.sentences()) {
            assertThat(seed.text().substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
            for (Mention m : sentence.mentions()) {
                assertThat(seed.text().substring(m.start(), m.end())).isEqualTo(m.surface());
            }
        }
    }

    @Test
    void convertsTraditionalScript() throws Exception {
        AnalyzedText cna = analyze("cna-feedx-jekyll.md");
        assertThat(cna.title()).isEqualTo("刘光源出任中国外交部驻港特派员");
        assertThat(cna.sentences()).flatExtracting(Sentence::mentions).extracting(Mention::key).contains("CHN");
    }

    @Test
    void keepsSalientKeyPhrasesThatAreNotActors() throws Exception {
        AnalyzedText seed = analyze(TestFixtures.SEED);
        assertThat(seed.keywords()).isNotEmpty().hasSizeLessThanOrEqualTo(8)
                .doesNotContain("赵兑烈", "王毅", "韩国", "中国", "外长");
    }
}
