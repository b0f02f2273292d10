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

/** Assistants and deputies of a minister-level title (助理贸易代表) hold an office of their own. */
class AssistantTitlesTest {

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
    void anAssistantTradeRepresentativeIsAnOfficialNotTheMinister() throws Exception {
        List<Mention> persons = persons("美国助理贸易代表麦卡廷（Terrence J. McCartin）共同带领这次线上会议的讨论。");
        assertThat(persons).extracting(Mention::key).containsExactly("麦卡廷");
        assertThat(persons.get(0).position()).contains("official");
        assertThat(persons.get(0).country()).contains("USA");
    }

    @Test
    void aDeputyChiefNegotiatorIsAnOfficial() throws Exception {
        List<Mention> persons = persons("台湾副总谈判代表杨珍妮说明，台美双方同意合作。");
        assertThat(persons).extracting(Mention::key).containsExactly("杨珍妮");
        assertThat(persons.get(0).position()).contains("official");
        assertThat(persons.get(0).country()).contains("TWN");
    }
}
