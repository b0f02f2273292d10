package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.diplograph.TestFixtures;
import org.diplograph.article.Article;
import org.diplograph.article.ArticleReader;
import org.diplograph.nlp.TextAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which wording signals which event type, and which mentions of an event report none ({@link EventExtractor}). */
class EventTypingTest {

    private static final String PUBLISHED = "2021-06-14T10:00:00Z";

    private static ArticleReader reader;
    private static TextAnalyzer analyzer;
    private static EventExtractor extractor;

    @BeforeAll
    static void pipeline() {
        reader = new ArticleReader(TestFixtures.lexicon(), 5_000_000);
        analyzer = new TextAnalyzer(TestFixtures.lexicon());
        extractor = new EventExtractor(TestFixtures.lexicon());
    }

    private static List<DiplomaticEvent> eventsOf(String body) throws Exception {
        String item = "<!--" + Instant.parse(PUBLISHED).toEpochMilli() + "-->\n[测试](https://www.rfi.fr/cn/test)\n------\n\n<p>"
                + body + "</p>";
        Article article = reader.read("test", item.getBytes(StandardCharsets.UTF_8), Optional.empty()).get(0);
        return extractor.extract(analyzer.analyze(article)).events();
    }

    private static List<EventType> typesOf(String body) throws Exception {
        return eventsOf(body).stream().map(DiplomaticEvent::type).toList();
    }

    @Test
    void readsCleftSentenceAsStatingTheEvent() throws Exception {
        assertThat(typesOf("中国外长王毅是在莫斯科与印度外长苏杰生会见的。")).containsExactly(EventType.MEETING);
    }

    @Test
    void readsWhatIsToBeEnsuredAsNoAgreement() throws Exception {
        assertThat(typesOf("中国外长王毅与日本外相茂木敏充通话时表示，双方要确保年内签署区域全面经济伙伴关系协定。"))
                .doesNotContain(EventType.AGREEMENT);
    }

    @Test
    void readsUndatedBackgroundMentionsAsNoEvent() throws Exception {
        assertThat(typesOf("德国总理朔尔茨表示，我上次访华以来，德中关系取得积极发展。")).isEmpty();
        assertThat(typesOf("这是美国和中国之间签署的首个此类协议。")).isEmpty();
        List<DiplomaticEvent> dated = eventsOf("美国和中国1月份签署的贸易协议已经生效。");
        assertThat(dated).filteredOn(e -> e.type() == EventType.AGREEMENT).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2021, 1, 1)));
    }

}
