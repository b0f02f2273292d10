package org.diplograph.nlp;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.diplograph.TestFixtures;
import org.diplograph.article.Article;
import org.diplograph.article.ArticleReader;

/** The person mentions {@link TextAnalyzer} finds in a one-paragraph feed item (the recogniser works on its segmentation). */
final class PersonFixture {

    private static final ArticleReader READER = new ArticleReader(TestFixtures.lexicon(), 5_000_000);
    private static final TextAnalyzer ANALYZER = new TextAnalyzer(TestFixtures.lexicon());

    private PersonFixture() {
    }

    /** The persons of {@code body} in an item published on 2020-09-01. */
    static List<Mention> persons(String body) throws Exception {
        return persons(body, "2020-09-01T08:00:00Z");
    }

    /** The persons of {@code body} in an item published at {@code published} (which picks known persons' offices). */
    static List<Mention> persons(String body, String published) throws Exception {
        String item = "<!--" + Instant.parse(published).toEpochMilli() + "-->\n[标题]"
                + "(https://www.rfi.fr/cn/test)\n------\n\n<p>" + body + "</p>";
        Article article = READER.read("test", item.getBytes(StandardCharsets.UTF_8), Optional.empty()).get(0);
        return ANALYZER.analyze(article).sentences().stream().flatMap(s -> s.mentions().stream())
                .filter(m -> m.kind() == Mention.Kind.PERSON).toList();
    }
}
