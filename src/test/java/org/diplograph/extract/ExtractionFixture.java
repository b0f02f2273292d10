package org.diplograph.extract;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.diplograph.TestFixtures;
import org.diplograph.article.Article;
import org.diplograph.article.ArticleReader;
import org.diplograph.nlp.TextAnalyzer;

/** Runs the real reader, analyser and extractor over a test text written as an RFI feed item. */
final class ExtractionFixture {

    static final ArticleReader READER = new ArticleReader(TestFixtures.lexicon(), 5_000_000);
    static final TextAnalyzer ANALYZER = new TextAnalyzer(TestFixtures.lexicon());
    static final EventExtractor EXTRACTOR = new EventExtractor(TestFixtures.lexicon());

    private ExtractionFixture() {
    }

    /** The events of a feed item with this title and body (HTML allowed), published at {@code published}. */
    static List<DiplomaticEvent> events(String title, String body, String published) throws Exception {
        String item = "<!--" + Instant.parse(published).toEpochMilli() + "-->\n[" + title
                + "](https://www.rfi.fr/cn/test)\n------\n\n<p>" + body + "</p>";
        Article article = READER.read("test", item.getBytes(StandardCharsets.UTF_8), Optional.empty()).get(0);
        return EXTRACTOR.extract(ANALYZER.analyze(article)).events();
    }

    static List<DiplomaticEvent> events(String body, String published) throws Exception {
        return events("标题", body, published);
    }

    /** The events of one type in a feed item with this body. */
    static List<DiplomaticEvent> events(EventType type, String body, String published) throws Exception {
        return events(body, published).stream().filter(e -> e.type() == type).toList();
    }
}
