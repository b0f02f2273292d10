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

/** Officials whose title follows a clause naming their portfolio (负责美国事务的局长). */
class PortfolioClauseTest {

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
    void theEmployerBeforeAPortfolioClauseIsTheOfficialsCountry() throws Exception {
        List<Mention> persons = persons("朝鲜外务省负责美国事务的局长权正根当天发表谈话。");
        assertThat(persons).extracting(Mention::key).containsExactly("权正根");
        assertThat(persons.get(0).country()).contains("PRK");
        assertThat(persons.get(0).position()).contains("official");
    }

    @Test
    void aCountryInsideThePortfolioIsNotTheEmployer() throws Exception {
        List<Mention> persons = persons("外务省负责美国事务的局长权正根当天发表谈话。");
        assertThat(persons).extracting(Mention::key).containsExactly("权正根");
        assertThat(persons.get(0).country()).isEmpty();
    }
}
